// The console loads PatternFly's whole stylesheet; plugins ship no PatternFly CSS of their own.
import '@patternfly/patternfly/patternfly.css';
import '@patternfly/patternfly/patternfly-addons.css';
import './shell.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { serverFlags } from './app/serverFlags';
import './app/theme';
import { startConsole } from './plugins/startup';

startConsole(serverFlags.consolePlugins).catch((error) =>
  console.error('The console failed to start', error),
);
createRoot(document.getElementById('app') as HTMLElement).render(<App />);
