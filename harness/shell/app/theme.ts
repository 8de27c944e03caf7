import { createStore } from '../sdk/store';

const STORAGE_KEY = 'harness.theme';
const DARK_CLASS = 'pf-v6-theme-dark';

export type Theme = 'light' | 'dark';

const initialTheme = (): Theme =>
  window.localStorage.getItem(STORAGE_KEY) === 'dark' ||
  (!window.localStorage.getItem(STORAGE_KEY) &&
    window.matchMedia?.('(prefers-color-scheme: dark)').matches)
    ? 'dark'
    : 'light';

/** PatternFly 6 switches every token to its dark value under <html class="pf-v6-theme-dark">. */
export const themeStore = createStore<Theme>(initialTheme());

const apply = (theme: Theme) =>
  document.documentElement.classList.toggle(DARK_CLASS, theme === 'dark');
apply(themeStore.get());
themeStore.subscribe(() => {
  apply(themeStore.get());
  window.localStorage.setItem(STORAGE_KEY, themeStore.get());
});
