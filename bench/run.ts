/*
 * Runs every benchmark file in Node, each in a fresh process so that no file measures the garbage
 * of another, then in Chromium, and prints each median against its budget; then weighs dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runInChromium } from './browser';
import { exposedModuleWeights } from './bundle';
import { loadFixtures, REFERENCE } from './fixtures';
import { benchFiles, measureFile } from './measure';
import type { BenchResult } from './types';

const DIST = path.resolve(__dirname, '..', 'dist');
/** The exposed modules that hold the values editor, and what each may weigh with its chunks. */
const EDITOR_MODULES = ['CreateIstioPage', 'EditValuesPage', 'IstioValuesTab'];
const EDITOR_BUDGET_KIB = 60;

const verdict = (ok: boolean) => (ok ? 'ok  ' : 'OVER');

const resultLine = (runtime: string, r: BenchResult) =>
  `${verdict(r.medianMs <= r.budgetMs)} [${runtime}] ${r.name}: median ${r.medianMs.toFixed(2)} ms (budget ${r.budgetMs} ms, ${r.runs} runs)`;

/** One file measured in a fresh Node process (this script with --file). */
const runInNode = (file: string): BenchResult[] => {
  const child = spawnSync(process.execPath, [...process.execArgv, __filename, '--file', file], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`${file} benchmarks exited with ${child.status}`);
  return JSON.parse(child.stdout) as BenchResult[];
};

/** Lines of the bundle report; an OVER line for each editor module above its budget. */
const bundleReport = (): string[] => {
  if (!existsSync(path.join(DIST, 'plugin-manifest.json'))) {
    return ['bundle: dist/ has no production build, nothing to weigh (npm run build makes one)'];
  }
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  return exposedModuleWeights(DIST).map(({ name, initialBytes, totalBytes }) => {
    const weighed = `${name}: ${kib(initialBytes)} gzip to start, ${kib(totalBytes)} with its lazy chunks`;
    if (!EDITOR_MODULES.includes(name)) return `     [bundle] ${weighed}`;
    const ok = totalBytes <= EDITOR_BUDGET_KIB * 1024;
    return `${verdict(ok)} [bundle] ${weighed} (budget ${EDITOR_BUDGET_KIB} KiB)`;
  });
};

const main = async () => {
  const only = process.argv.indexOf('--file');
  if (only !== -1) {
    process.stdout.write(JSON.stringify(measureFile(process.argv[only + 1], loadFixtures())));
    return;
  }
  const filter = process.argv[2];
  const files = Object.keys(benchFiles).filter((f) => !filter || f.includes(filter));
  const fixtures = loadFixtures();
  if (!fixtures.istioCrd)
    console.log(`# ${REFERENCE} is absent: the upstream CRD cases are left out`);
  const lines: string[] = [];
  const print = (line: string) => {
    lines.push(line);
    console.log(line);
  };
  console.log(`# Node ${process.version}, one process per file`);
  for (const file of files) runInNode(file).forEach((r) => print(resultLine('node', r)));
  const chromium = await runInChromium(files, fixtures);
  console.log(`# Chromium ${chromium.version}, one browser context per file`);
  for (const file of files)
    chromium.results.get(file)?.forEach((r) => print(resultLine('chromium', r)));
  if (!filter) bundleReport().forEach(print);
  const over = lines.filter((line) => line.startsWith('OVER')).length;
  console.log(`${files.length} benchmark files, ${over} over budget`);
  process.exitCode = over ? 1 : 0;
};

main().catch((error: Error) => {
  console.error(`bench aborted: ${error.stack ?? error.message}`);
  process.exitCode = 1;
});
