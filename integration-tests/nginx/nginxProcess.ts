import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const START_TIMEOUT_MS = 10_000;
const STOP_TIMEOUT_MS = 5_000;

export type RunningNginx = { errorLog: () => string; stop: () => Promise<void> };

/** Binds and releases host:port; resolves with the bound port, or the error that prevented it. */
const tryListen = (host: string, port: number): Promise<number | NodeJS.ErrnoException> =>
  new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', resolve);
    server.listen(port, host, () => {
      const bound = (server.address() as AddressInfo).port;
      server.close(() => resolve(bound));
    });
  });

/** A port free on 127.0.0.1 and, when this machine has IPv6, on ::1 too. */
export const findFreePort = async (): Promise<{ port: number; ipv6: boolean }> => {
  for (let attempt = 0; attempt < 10; attempt++) {
    const port = await tryListen('127.0.0.1', 0);
    if (typeof port !== 'number') throw port;
    const onIpv6 = await tryListen('::1', port);
    if (typeof onIpv6 === 'number') return { port, ipv6: true };
    if (onIpv6.code !== 'EADDRINUSE') return { port, ipv6: false };
  }
  throw new Error('Found no port free on both 127.0.0.1 and ::1 in 10 attempts');
};

const answers = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs nginx in the foreground with `<prefix>/nginx.conf` and resolves once the port answers. */
export const startNginx = async (
  binary: string,
  prefix: string,
  port: number,
): Promise<RunningNginx> => {
  // The config logs to /dev/stderr, which nginx cannot open on the socket Node would give it as a
  // pipe, so stderr goes to a file. `-e stderr` keeps nginx away from the packaged /var/log/nginx.
  const errorLogFile = path.join(prefix, 'stderr.log');
  const stderr = openSync(errorLogFile, 'w');
  const child = spawn(
    binary,
    ['-p', prefix, '-e', 'stderr', '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'],
    { stdio: ['ignore', 'ignore', stderr] },
  );
  closeSync(stderr);
  const errorLog = () => readFileSync(errorLogFile, 'utf8');
  let failedToSpawn: Error | undefined;
  child.once('error', (error) => (failedToSpawn = error));
  const exited = new Promise<void>((done) => child.once('close', () => done()));
  const running = () => !failedToSpawn && child.exitCode === null && child.signalCode === null;
  const stop = async () => {
    if (running()) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    if (!failedToSpawn) await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await answers(port))) {
    if (!running()) {
      await stop();
      const reason = failedToSpawn?.message ?? `exit ${child.exitCode}`;
      throw new Error(`nginx did not start (${reason}):\n${errorLog()}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`nginx did not answer on port ${port} within 10 s:\n${errorLog()}`);
    }
    await sleep(100);
  }
  return { errorLog, stop };
};
