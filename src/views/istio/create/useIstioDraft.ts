import { useCallback, useEffect, useReducer } from 'react';
import type { DraftState } from './draft';
import { draftReducer, initialDraft } from './draft';
import type { IstioFormState } from './formState';
import type { IstioApi } from './istioApis';
import type { EditorView } from './viewPreference';
import { readViewPreference, writeViewPreference } from './viewPreference';

const storage = (): Storage | undefined =>
  typeof window === 'undefined' ? undefined : window.localStorage;

/** The draft Istio and the view it is edited in; the chosen view is remembered. */
export const useIstioDraft = (api: IstioApi, namespace?: string, defaultVersion?: string) => {
  const [draft, dispatch] = useReducer(draftReducer(api), undefined, (): DraftState =>
    initialDraft(api, readViewPreference(storage()), namespace),
  );

  useEffect(() => {
    if (defaultVersion) dispatch({ type: 'default-version', version: defaultVersion });
  }, [defaultVersion]);

  const editForm = useCallback(
    (patch: Partial<IstioFormState>) => dispatch({ type: 'edit-form', patch }),
    [],
  );
  const editYaml = useCallback((text: string) => dispatch({ type: 'edit-yaml', text }), []);
  const switchView = useCallback((view: EditorView) => {
    dispatch({ type: 'switch-view', view });
  }, []);

  // Remember the view the user works in for the next visit.
  useEffect(() => writeViewPreference(storage(), draft.view), [draft.view]);

  return { draft, editForm, editYaml, switchView };
};
