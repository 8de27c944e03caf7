import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createSimulatedCluster } from '../cluster';
import { ensureBuilds } from './builds';
import { createHarnessServer } from './createHarnessServer';
import { createUpstreamProxy } from './kubernetesProxy';
import type { HarnessOptions } from './options';
import { parseHarnessOptions, USAGE } from './options';

const ROOT = path.resolve(__dirname, '..', '..');
const log = (line: string) => process.stdout.write(`${line}\n`);

const readPluginName = async (pluginDist: string): Promise<string> => {
  const manifestPath = path.join(pluginDist, 'plugin-manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { name?: string };
  if (!manifest.name) throw new Error(`${manifestPath} has no name`);
  return manifest.name;
};

const snapshot = async (dist: string): Promise<string> => {
  const copy = await mkdtemp(path.join(os.tmpdir(), 'plugin-dist-'));
  await cp(dist, copy, { recursive: true });
  return copy;
};

const start = async (options: HarnessOptions): Promise<void> => {
  if (options.build) await ensureBuilds(ROOT, log);
  const pluginDist = options.snapshotDist
    ? await snapshot(path.join(ROOT, 'dist'))
    : path.join(ROOT, 'dist');
  const pluginName = await readPluginName(pluginDist);

  const cluster = options.apiServer
    ? undefined
    : createSimulatedCluster({ crdsDir: options.crdsDir, seed: options.seed, user: options.user });
  const kubernetes = options.apiServer
    ? createUpstreamProxy(options.apiServer)
    : (cluster as NonNullable<typeof cluster>).handle;

  const server = createHarnessServer({
    pluginDist,
    pluginName,
    shellDist: path.join(ROOT, 'harness', 'dist'),
    kubernetes,
    harnessControl: cluster?.handle,
    serverFlags: {
      basePath: '/',
      releaseVersion: '4.22.0',
      kubeAPIServerURL: options.apiServer ?? 'simulated',
      userName: options.apiServer ? 'kube:admin' : options.user,
    },
  });

  const stop = () => {
    if (options.snapshotDist) void rm(pluginDist, { recursive: true, force: true });
    cluster?.close();
    server.close();
    server.closeAllConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  server.listen(options.port, options.host, () => {
    const { port } = server.address() as AddressInfo;
    const backend = options.apiServer
      ? `API server ${options.apiServer}`
      : `simulated cluster (seed ${options.seed}, user ${options.user}${options.crdsDir ? `, CRDs from ${options.crdsDir}` : ''})`;
    log(`Console harness listening on http://${options.host}:${port}/ with the ${backend}`);
  });
};

const parsed = parseHarnessOptions(process.argv.slice(2));
if ('error' in parsed) {
  process.stderr.write(`${parsed.error}\n${USAGE}\n`);
  process.exit(2);
}
start(parsed.options).catch((error: Error) => {
  process.stderr.write(`The console harness could not start: ${error.message}\n`);
  process.exit(1);
});
