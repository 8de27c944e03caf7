export type EditorView = 'form' | 'yaml';

const STORAGE_KEY = 'sail-console-plugin/create-istio/view';

/** The view the user chose last time; storage may be unavailable (private mode, policy). */
export const readViewPreference = (storage: Pick<Storage, 'getItem'> | undefined): EditorView => {
  try {
    return storage?.getItem(STORAGE_KEY) === 'yaml' ? 'yaml' : 'form';
  } catch {
    return 'form';
  }
};

export const writeViewPreference = (
  storage: Pick<Storage, 'setItem'> | undefined,
  view: EditorView,
): void => {
  try {
    storage?.setItem(STORAGE_KEY, view);
  } catch {
    // Remembering the view is a convenience; the page works without it.
  }
};

export const VIEW_STORAGE_KEY = STORAGE_KEY;
