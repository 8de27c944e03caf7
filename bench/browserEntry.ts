/* The benchmark bundle loaded into Chromium: the same cases, measured by the browser's engine. */
import { measureFile } from './measure';

declare global {
  interface Window {
    sailBench: typeof measureFile;
  }
}

window.sailBench = measureFile;
