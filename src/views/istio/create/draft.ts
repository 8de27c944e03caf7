import { buildIstio } from './buildIstio';
import type { IstioFormState, IstioResource } from './formState';
import { formStateFromResource, initialResource } from './formState';
import type { IstioApi } from './istioApis';
import type { FormProblem } from './problems';
import { validateForm } from './validateForm';
import type { EditorView } from './viewPreference';
import { parseResourceYaml, toYaml } from './yamlDraft';

/**
 * The page's one data object is the resource. In the form view the form's fields are written over
 * `resource` whenever it is needed; in the YAML view the text is the resource.
 */
export type DraftState = {
  view: EditorView;
  resource: IstioResource;
  form: IstioFormState;
  yamlText: string;
  /** The user typed in the YAML view; a late default must not overwrite their text. */
  yamlEdited: boolean;
  /** Why the last switch of views was refused; the view and its text stay as they were. */
  switchProblems: FormProblem[];
};

export type DraftAction =
  | { type: 'edit-form'; patch: Partial<IstioFormState> }
  | { type: 'edit-yaml'; text: string }
  | { type: 'switch-view'; view: EditorView }
  | { type: 'default-version'; version: string };

export const initialDraft = (api: IstioApi, view: EditorView, namespace?: string): DraftState => {
  const resource = initialResource(api, namespace);
  return {
    view,
    resource,
    form: formStateFromResource(resource, api),
    yamlText: toYaml(resource),
    yamlEdited: false,
    switchProblems: [],
  };
};

export type ResolvedDraft = { resource?: IstioResource; problems: FormProblem[] };

/** The resource the draft describes now, or why it cannot be read. */
export const resolveDraft = (state: DraftState, api: IstioApi): ResolvedDraft => {
  if (state.view === 'form') return buildIstio(state.resource, state.form, api);
  const parsed = parseResourceYaml(state.yamlText, {
    apiVersion: api.apiVersion,
    kind: api.model.kind,
  });
  if (parsed.problem) return { problems: [{ field: 'yaml', ...parsed.problem }] };
  return { resource: parsed.value, problems: [] };
};

/** Everything that must hold before the server is asked: readable draft, valid names. */
export const checkDraft = (state: DraftState, api: IstioApi): ResolvedDraft => {
  const resolved = resolveDraft(state, api);
  if (!resolved.resource || resolved.problems.length > 0) return resolved;
  const problems = validateForm(formStateFromResource(resolved.resource, api));
  return problems.length > 0 ? { problems } : resolved;
};

const switchView = (state: DraftState, view: EditorView, api: IstioApi): DraftState => {
  if (view === state.view) return state;
  const resolved = resolveDraft(state, api);
  if (!resolved.resource || resolved.problems.length > 0) {
    return { ...state, switchProblems: resolved.problems };
  }
  const resource = resolved.resource;
  if (view === 'yaml') {
    return { ...state, view, resource, yamlText: toYaml(resource), switchProblems: [] };
  }
  return {
    ...state,
    view,
    resource,
    form: formStateFromResource(resource, api),
    switchProblems: [],
  };
};

const defaultVersion = (state: DraftState, version: string, api: IstioApi): DraftState => {
  if (state.view === 'form') {
    return state.form.version === '' ? { ...state, form: { ...state.form, version } } : state;
  }
  if (state.yamlEdited) return state;
  const { resource } = buildIstio(state.resource, { ...state.form, version }, api);
  return { ...state, resource, form: { ...state.form, version }, yamlText: toYaml(resource) };
};

export const draftReducer =
  (api: IstioApi) =>
  (state: DraftState, action: DraftAction): DraftState => {
    switch (action.type) {
      case 'edit-form':
        return { ...state, form: { ...state.form, ...action.patch }, switchProblems: [] };
      case 'edit-yaml':
        return { ...state, yamlText: action.text, yamlEdited: true, switchProblems: [] };
      case 'switch-view':
        return switchView(state, action.view, api);
      case 'default-version':
        return defaultVersion(state, action.version, api);
    }
  };
