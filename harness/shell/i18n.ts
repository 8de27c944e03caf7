import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

/** i18next as the console configures it: `ns~key` strings, no key separator, English fallback. */
export const initI18n = () =>
  i18next.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    ns: ['public'],
    defaultNS: 'public',
    nsSeparator: '~',
    keySeparator: false,
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    react: { useSuspense: false },
  });

/** Loads a plugin's locale bundle (the ConsolePlugin's i18n.loadType Preload). */
export const loadPluginLocale = async (pluginName: string, language = 'en'): Promise<void> => {
  const ns = `plugin__${pluginName}`;
  const url = `/api/plugins/${pluginName}/locales/${language}/${ns}.json`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  i18next.addResourceBundle(language, ns, await response.json(), true, true);
};

const PLUGIN_STRING = /^%(.+)%$/;

/** Extension strings like `%plugin__name~Key%` are translation keys; others are shown as written. */
export const translateExtensionString = (value: string | undefined): string => {
  const match = value ? PLUGIN_STRING.exec(value) : null;
  return match ? i18next.t(match[1]) : (value ?? '');
};

/**
 * An extension with every `%…%` string in its properties translated, as the console hands
 * extensions to its pages (tab names, labels, titles); code references are left as they are.
 */
export const translateExtension = <E extends { properties: unknown }>(extension: E): E => {
  const deep = (value: unknown): unknown => {
    if (typeof value === 'string') return translateExtensionString(value);
    if (Array.isArray(value)) return value.map(deep);
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deep(v)]));
    }
    return value;
  };
  return { ...extension, properties: deep(extension.properties) };
};
