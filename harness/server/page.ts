/** Values the console hands its front end in window.SERVER_FLAGS (the subset the shell reads). */
export type ServerFlags = {
  basePath: string;
  consolePlugins: string[];
  releaseVersion: string;
  kubeAPIServerURL: string;
  userName: string;
};

// Served as a script file, not inline: the CSP allows scripts from 'self' only.
export const serverFlagsScript = (flags: ServerFlags): string =>
  `window.SERVER_FLAGS = ${JSON.stringify(flags)};\n`;

export const indexHtml = (): string => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>OpenShift console</title>
    <link rel="icon" href="data:," />
    <script src="/harness/server-flags.js"></script>
    <script src="/static/shell.js" defer></script>
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>
`;
