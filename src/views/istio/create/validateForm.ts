import type { IstioFormState } from './formState';
import type { FormProblem } from './problems';

// Kubernetes' DNS-1123 label: the Istio's name becomes part of revision names and labels.
const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_1123_LABEL_MAX = 63;

const checkLabel = (value: string, field: 'name' | 'namespace'): FormProblem | undefined => {
  const text = value.trim();
  if (text === '') return { field, code: 'required' };
  if (text.length > DNS_1123_LABEL_MAX) return { field, code: 'too-long' };
  if (!DNS_1123_LABEL.test(text)) return { field, code: 'dns-label' };
  return undefined;
};

export const isDns1123Label = (value: string): boolean => checkLabel(value, 'name') === undefined;

/** What the form can tell before asking the server: names and required fields. */
export const validateForm = (form: IstioFormState): FormProblem[] =>
  [checkLabel(form.name, 'name'), checkLabel(form.namespace, 'namespace')].filter(
    (problem): problem is FormProblem => problem !== undefined,
  );
