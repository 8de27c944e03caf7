import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type RunningBrowser = { browser: Browser; close: () => Promise<void> };

/**
 * Starts the system Chromium (CHROMIUM_PATH overrides /usr/bin/chromium) with a fresh profile
 * and connects over the DevTools protocol; Playwright downloads no browser of its own.
 */
export const launchBrowser = async (): Promise<RunningBrowser> => {
  const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const profile = await mkdtemp(path.join(os.tmpdir(), 'e2e-chromium-'));
  const child = spawn(
    executable,
    [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${stderr}`)), 30_000);
    child.once('error', (error) =>
      reject(new Error(`Could not run ${executable}: ${error.message}`)),
    );
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  const browser = await chromium.connectOverCDP(endpoint);
  return {
    browser,
    close: async () => {
      await browser.close().catch(() => undefined);
      child.kill('SIGTERM');
      if (child.exitCode === null && child.signalCode === null)
        await new Promise((done) => child.once('exit', done));
      // Chromium's helper processes may still be flushing the profile for a moment.
      await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    },
  };
};
