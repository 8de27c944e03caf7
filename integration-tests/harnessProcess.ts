import { spawn } from 'node:child_process';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..');
const SERVER_ENTRY = path.join(REPO_ROOT, 'harness', 'server', 'main.ts');
const LISTENING = /listening on (http:\/\/\S+?)\/?\s/;

export type RunningHarness = { url: string; output: () => string; stop: () => Promise<void> };

/** Starts the console harness on a free port (no rebuilds) and resolves with its URL. */
export const startHarness = (args: string[], entry = SERVER_ENTRY): Promise<RunningHarness> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register', entry, '--no-build', '--snapshot-dist', '--port', '0', ...args],
      {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    const stop = async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    };
    const timeout = setTimeout(() => {
      void stop();
      reject(new Error(`The harness did not start within 60 s:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = LISTENING.exec(output);
      if (match) {
        clearTimeout(timeout);
        resolve({ url: match[1], output: () => output, stop });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timeout);
      reject(new Error(`The harness exited with ${code}:\n${output}`));
    });
  });
