// Tests see the English key with {{placeholders}} filled, as the console's English bundle would.
import type * as ReactI18next from 'react-i18next';

const interpolate = (key: string, options?: Record<string, unknown>): string =>
  key.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) =>
    options && name in options ? String(options[name]) : match,
  );

const t = (key: string, options?: Record<string, unknown>) => interpolate(key, options);

export const useTranslation = (() => ({
  t,
  i18n: { language: 'en' },
  ready: true,
})) as unknown as typeof ReactI18next.useTranslation;
