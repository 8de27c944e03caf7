import { parseArgs } from 'node:util';

export type SeedOption = 'samples' | 'none';
export type UserOption = 'admin' | 'viewer';

/** What `npm start` / `npm run harness` accept on the command line. */
export type HarnessOptions = {
  host: string;
  port: number;
  /** Proxy /api/kubernetes to this API server (e.g. `kubectl proxy`) instead of the simulator. */
  apiServer?: string;
  crdsDir?: string;
  seed: SeedOption;
  user: UserOption;
  /** false with --no-build: serve dist/ and harness/dist/ as they are. */
  build: boolean;
  /** Serve a copy of dist/ taken at start, so a rebuild meanwhile cannot pull files away. */
  snapshotDist: boolean;
};

export type ParsedOptions = { options: HarnessOptions } | { error: string };

const oneOf = <T extends string>(name: string, value: string, allowed: readonly T[]): T | string =>
  (allowed as readonly string[]).includes(value)
    ? (value as T)
    : `--${name} must be one of ${allowed.join(', ')} (got "${value}")`;

export const parseHarnessOptions = (argv: string[]): ParsedOptions => {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        host: { type: 'string', default: '127.0.0.1' },
        port: { type: 'string', default: '9000' },
        'api-server': { type: 'string' },
        crds: { type: 'string' },
        seed: { type: 'string', default: 'samples' },
        user: { type: 'string', default: 'admin' },
        'no-build': { type: 'boolean', default: false },
        'snapshot-dist': { type: 'boolean', default: false },
      },
    }));
  } catch (e) {
    return { error: (e as Error).message };
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return { error: `--port must be a port number (got "${values.port}")` };
  }
  const seed = oneOf<SeedOption>('seed', values.seed ?? 'samples', ['samples', 'none']);
  const user = oneOf<UserOption>('user', values.user ?? 'admin', ['admin', 'viewer']);
  for (const checked of [seed, user]) {
    if (checked.startsWith('--')) return { error: checked };
  }
  const apiServer = values['api-server'];
  if (apiServer !== undefined && !/^https?:\/\//.test(apiServer)) {
    return { error: `--api-server must be an http(s) URL (got "${apiServer}")` };
  }
  return {
    options: {
      host: values.host ?? '127.0.0.1',
      port,
      apiServer,
      crdsDir: values.crds,
      seed: seed as SeedOption,
      user: user as UserOption,
      build: !values['no-build'],
      snapshotDist: !!values['snapshot-dist'],
    },
  };
};

export const USAGE = `Usage: npm start -- [options]   (npm run harness -- [options] skips the builds)
  --port N              listen port (default 9000; 0 picks a free one)
  --host ADDR           listen address (default 127.0.0.1)
  --api-server URL      proxy /api/kubernetes to a real API server, e.g. http://127.0.0.1:8001
                        (kubectl proxy) instead of the simulated cluster
  --crds DIR            CRD YAML files the simulated cluster registers
  --seed samples|none   seed the simulated cluster with sample resources (default samples)
  --user admin|viewer   user the simulated cluster authorizes (default admin)
  --no-build            serve dist/ and harness/dist/ as they are
  --snapshot-dist       serve a copy of dist/ taken at start (tests: immune to rebuilds)`;
