/** @jest-environment node */
import { parse } from 'yaml';
import type { DraftAction, DraftState } from './draft';
import { checkDraft, draftReducer, initialDraft, resolveDraft } from './draft';
import { EARLY_API, SAIL_V1_API } from './istioApis';

const run = (state: DraftState, ...actions: DraftAction[]) =>
  actions.reduce(draftReducer(SAIL_V1_API), state);

const YAML_WITH_EXTRAS = `apiVersion: sailoperator.io/v1
kind: Istio
metadata:
  name: canary
  labels:
    team: mesh
  annotations:
    example.com/owner: platform
spec:
  version: v1.29.6
  namespace: istio-canary
  futureField:
    enabled: true
  values:
    pilot:
      autoscaleMin: 2
`;

describe('switching between the form and YAML views', () => {
  it('keeps annotations, labels and unknown spec keys through YAML → form → YAML', () => {
    const inYaml = run(initialDraft(SAIL_V1_API, 'yaml'), {
      type: 'edit-yaml',
      text: YAML_WITH_EXTRAS,
    });
    const inForm = run(inYaml, { type: 'switch-view', view: 'form' });
    expect(inForm.view).toBe('form');
    expect(inForm.form).toMatchObject({
      name: 'canary',
      namespace: 'istio-canary',
      version: 'v1.29.6',
      valuesText: 'pilot:\n  autoscaleMin: 2\n',
    });
    const edited = run(inForm, { type: 'edit-form', patch: { profile: 'demo' } });
    const backInYaml = run(edited, { type: 'switch-view', view: 'yaml' });
    expect(parse(backInYaml.yamlText)).toEqual({
      ...parse(YAML_WITH_EXTRAS),
      spec: { ...parse(YAML_WITH_EXTRAS).spec, profile: 'demo' },
    });
  });

  it('refuses to leave the YAML view while the text is not valid YAML, keeping the text', () => {
    const broken = 'apiVersion: sailoperator.io/v1\nkind: Istio\nmetadata: {name: x\n';
    const state = run(
      initialDraft(SAIL_V1_API, 'yaml'),
      { type: 'edit-yaml', text: broken },
      {
        type: 'switch-view',
        view: 'form',
      },
    );
    expect(state.view).toBe('yaml');
    expect(state.yamlText).toBe(broken);
    expect(state.switchProblems).toEqual([
      expect.objectContaining({ field: 'yaml', code: 'yaml-syntax' }),
    ]);
  });

  it('refuses YAML that describes another kind', () => {
    const state = run(
      initialDraft(SAIL_V1_API, 'yaml'),
      { type: 'edit-yaml', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n' },
      { type: 'switch-view', view: 'form' },
    );
    expect(state.view).toBe('yaml');
    expect(state.switchProblems[0]).toMatchObject({ code: 'wrong-kind' });
  });

  it('refuses to leave the form while the values text is broken, keeping what was typed', () => {
    const state = run(
      initialDraft(SAIL_V1_API, 'form'),
      { type: 'edit-form', patch: { valuesText: 'pilot: [' } },
      { type: 'switch-view', view: 'yaml' },
    );
    expect(state.view).toBe('form');
    expect(state.form.valuesText).toBe('pilot: [');
    expect(state.switchProblems[0]).toMatchObject({ field: 'values', code: 'yaml-syntax' });
  });

  it('clears a refused switch message once the user edits again', () => {
    const refused = run(
      initialDraft(SAIL_V1_API, 'yaml'),
      { type: 'edit-yaml', text: 'a: [' },
      { type: 'switch-view', view: 'form' },
    );
    expect(run(refused, { type: 'edit-yaml', text: 'a: []' }).switchProblems).toEqual([]);
  });
});

describe('the preselected version', () => {
  it('fills an empty version field in the form', () => {
    const state = run(initialDraft(SAIL_V1_API, 'form'), {
      type: 'default-version',
      version: 'v1.30.3',
    });
    expect(state.form.version).toBe('v1.30.3');
  });

  it('never replaces a version the user already chose', () => {
    const state = run(
      initialDraft(SAIL_V1_API, 'form'),
      { type: 'edit-form', patch: { version: 'v1.29.6' } },
      { type: 'default-version', version: 'v1.30.3' },
    );
    expect(state.form.version).toBe('v1.29.6');
  });

  it('is written into untouched YAML but not into YAML the user typed', () => {
    const fresh = run(initialDraft(SAIL_V1_API, 'yaml'), {
      type: 'default-version',
      version: 'v1.30.3',
    });
    expect(parse(fresh.yamlText).spec.version).toBe('v1.30.3');
    const typed = run(
      initialDraft(SAIL_V1_API, 'yaml'),
      { type: 'edit-yaml', text: YAML_WITH_EXTRAS },
      { type: 'default-version', version: 'v1.30.3' },
    );
    expect(typed.yamlText).toBe(YAML_WITH_EXTRAS);
  });
});

describe('checking the draft before submitting', () => {
  it('reports a name that is not a DNS-1123 label', () => {
    const state = run(initialDraft(SAIL_V1_API, 'form'), {
      type: 'edit-form',
      patch: { name: 'My_Mesh' },
    });
    expect(checkDraft(state, SAIL_V1_API)).toEqual({
      problems: [{ field: 'name', code: 'dns-label' }],
    });
  });

  it('checks names typed in the YAML view too', () => {
    const state = run(initialDraft(SAIL_V1_API, 'yaml'), {
      type: 'edit-yaml',
      text: YAML_WITH_EXTRAS.replace('name: canary', 'name: Canary'),
    });
    expect(checkDraft(state, SAIL_V1_API).problems).toEqual([{ field: 'name', code: 'dns-label' }]);
  });

  it('starts an early-API draft in the namespace the console is showing', () => {
    const state = initialDraft(EARLY_API, 'form', 'team-a');
    expect(resolveDraft(state, EARLY_API).resource).toEqual({
      apiVersion: 'operator.istio.io/v1alpha1',
      kind: 'Istio',
      metadata: { name: 'default', namespace: 'team-a' },
      spec: {},
    });
  });
});
