import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Newest modification time under the given files and folders (0 when none exist). */
export const newestMtime = async (paths: string[]): Promise<number> => {
  let newest = 0;
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info) continue;
    if (info.isDirectory()) {
      const entries = await readdir(p);
      newest = Math.max(newest, await newestMtime(entries.map((e) => path.join(p, e))));
    } else {
      newest = Math.max(newest, info.mtimeMs);
    }
  }
  return newest;
};

/** A build is stale when its output is missing or older than any of its inputs. */
export const isStale = async (output: string, inputs: string[]): Promise<boolean> => {
  const built = await stat(output).catch(() => undefined);
  return !built || built.mtimeMs < (await newestMtime(inputs));
};

const runNpmScript = (root: string, script: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`npm run ${script} exited with ${code}`)),
    );
  });

export type BuildTarget = { name: string; script: string; output: string; inputs: string[] };

export const buildTargets = (root: string): BuildTarget[] => [
  {
    name: 'plugin',
    script: 'build',
    output: path.join(root, 'dist', 'plugin-manifest.json'),
    inputs: [
      'src',
      'locales',
      'console-extensions.json',
      'package.json',
      'webpack.config.ts',
      '.swcrc',
    ].map((p) => path.join(root, p)),
  },
  {
    name: 'shell',
    script: 'build:shell',
    output: path.join(root, 'harness', 'dist', 'shell.js'),
    inputs: ['harness/shell', 'harness/webpack.shell.config.ts'].map((p) => path.join(root, p)),
  },
];

/** Rebuilds each stale target; a target whose output is newer than its sources is kept. */
export const ensureBuilds = async (root: string, log: (line: string) => void): Promise<void> => {
  for (const target of buildTargets(root)) {
    if (await isStale(target.output, target.inputs)) {
      log(`Building the ${target.name} (npm run ${target.script}) ...`);
      const started = Date.now();
      await runNpmScript(root, target.script);
      log(`Built the ${target.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } else {
      log(`The ${target.name} build is current (${path.relative(root, target.output)})`);
    }
  }
};
