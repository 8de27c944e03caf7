/** window.SERVER_FLAGS, which the harness server serves as /harness/server-flags.js. */
export type ServerFlags = {
  basePath: string;
  consolePlugins: string[];
  releaseVersion: string;
  kubeAPIServerURL: string;
  userName: string;
};

declare global {
  interface Window {
    SERVER_FLAGS?: ServerFlags;
  }
}

export const serverFlags: ServerFlags = window.SERVER_FLAGS ?? {
  basePath: '/',
  consolePlugins: [],
  releaseVersion: 'unknown',
  kubeAPIServerURL: 'unknown',
  userName: 'unknown',
};
