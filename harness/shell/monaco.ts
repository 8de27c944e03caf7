// Monaco's editor core with its standard features, plus the YAML tokenizer (no language worker).
import 'monaco-editor/esm/vs/editor/edcore.main';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution';
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api';
import { loader } from '@monaco-editor/react';

/** Workers load from our own origin (the CSP allows worker-src 'self'), never from a CDN. */
export const setUpMonaco = (): void => {
  self.MonacoEnvironment = { getWorkerUrl: () => '/static/editor.worker.js' };
  loader.config({ monaco });
};
