import { useTranslation } from 'react-i18next';

export const I18N_NAMESPACE = 'plugin__sail-console-plugin';

/** The plugin's only translation hook: every user-visible string goes through it. */
export const useSailTranslation = () => useTranslation(I18N_NAMESPACE);
