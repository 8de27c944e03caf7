import type { IstioFormState, IstioResource } from './formState';
import type { IstioApi } from './istioApis';
import type { FormProblem } from './problems';
import { setIn } from './setIn';
import { parseValuesText } from './yamlDraft';

export type BuildResult = {
  resource: IstioResource;
  /** Fields whose text could not be turned into the resource; their old content is kept. */
  problems: FormProblem[];
};

const orUndefined = (text: string): string | undefined =>
  text.trim() === '' ? undefined : text.trim();

const WHOLE_NUMBER = /^\d+$/;

/**
 * Writes the form's fields into `base`, the resource being edited. Keys the form does not own
 * (labels, annotations, unknown spec fields) are left exactly as they are.
 */
export const buildIstio = (
  base: IstioResource,
  form: IstioFormState,
  api: IstioApi,
): BuildResult => {
  const problems: FormProblem[] = [];
  let resource: IstioResource = { ...base, apiVersion: api.apiVersion, kind: api.model.kind };

  resource = setIn(resource, ['metadata', 'name'], orUndefined(form.name));
  const namespacePath =
    api.namespaceField === 'metadata.namespace' ? ['metadata', 'namespace'] : ['spec', 'namespace'];
  resource = setIn(resource, namespacePath, orUndefined(form.namespace));
  resource = setIn(resource, ['spec', 'version'], orUndefined(form.version));
  resource = setIn(resource, ['spec', 'profile'], orUndefined(form.profile));

  if (api.hasUpdateStrategy) {
    const strategy = ['spec', 'updateStrategy'];
    resource = setIn(resource, [...strategy, 'type'], orUndefined(form.updateStrategyType));
    const grace = form.gracePeriodSeconds.trim();
    if (grace === '' || WHOLE_NUMBER.test(grace)) {
      const seconds = grace === '' ? undefined : Number(grace);
      resource = setIn(
        resource,
        [...strategy, 'inactiveRevisionDeletionGracePeriodSeconds'],
        seconds,
      );
    } else {
      problems.push({ field: 'gracePeriodSeconds', code: 'not-a-whole-number' });
    }
    resource = setIn(resource, [...strategy, 'updateWorkloads'], form.updateWorkloads);
  }

  const values = parseValuesText(form.valuesText);
  if (values.problem) problems.push({ field: 'values', ...values.problem });
  else resource = setIn(resource, ['spec', 'values'], values.value);

  if (api.hasRawValues) {
    const raw = parseValuesText(form.rawValuesText);
    if (raw.problem) problems.push({ field: 'rawValues', ...raw.problem });
    else resource = setIn(resource, ['spec', 'rawValues'], raw.value);
  }

  return { resource, problems };
};
