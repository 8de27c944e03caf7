import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../harnessProcess';
import type { Check, CheckContext } from './checks';
import { checks } from './checks';
import { httpsGet, plainHttpGet } from './httpClient';
import { adaptNginxConfig } from './nginxConfig';
import { findFreePort, startNginx } from './nginxProcess';

// Serves dist/ with Debian's nginx and the config the image ships, and checks the responses
// the console's plugin proxy depends on.

const DIST = path.join(REPO_ROOT, 'dist');
const SHIPPED_CONFIG = path.join(REPO_ROOT, 'deploy', 'nginx.conf');
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const MIME_TYPES = '/etc/nginx/mime.types';

const log = (line: string) => process.stdout.write(`${line}\n`);

const requireFile = (file: string, hint: string) => {
  if (!existsSync(file)) throw new Error(`${file} is missing: ${hint}`);
};

/** A throwaway certificate for 127.0.0.1, which the checks then trust (and nothing else). */
const createCertificate = (dir: string) => {
  const certificate = path.join(dir, 'tls.crt');
  const certificateKey = path.join(dir, 'tls.key');
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-nodes', '-newkey', 'rsa:2048', '-days', '1'],
      ...['-keyout', certificateKey, '-out', certificate],
      ...['-subj', '/CN=localhost', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'],
    ],
    { stdio: 'pipe' },
  );
  return { certificate, certificateKey };
};

const runCheck = async (check: Check, context: CheckContext): Promise<boolean> => {
  let found: string[];
  try {
    found = await check.run(context);
  } catch (error) {
    found = [(error as Error).message];
  }
  log(`${found.length ? 'not ok' : 'ok'} - ${check.name}`);
  for (const problem of found) log(`    ${problem}`);
  return !found.length;
};

const main = async (): Promise<number> => {
  requireFile(path.join(DIST, 'plugin-manifest.json'), 'run `npm run build` first');
  requireFile(NGINX, 'install nginx (apt-get install nginx) or set NGINX_PATH');
  requireFile(MIME_TYPES, 'it comes with the nginx package');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sail-nginx-'));
  try {
    const { port, ipv6 } = await findFreePort();
    const { certificate, certificateKey } = createCertificate(dir);
    const config = adaptNginxConfig(readFileSync(SHIPPED_CONFIG, 'utf8'), {
      port,
      ipv6,
      certificate,
      certificateKey,
      root: DIST,
      mimeTypes: MIME_TYPES,
    });
    writeFileSync(path.join(dir, 'nginx.conf'), config);
    const version = spawnSync(NGINX, ['-v']).stderr.toString().replace('nginx version:', '').trim();
    log(`# ${version} serving dist/ with deploy/nginx.conf on https://127.0.0.1:${port}`);
    if (!ipv6) log('# no IPv6 here: the [::] listen line is left out');

    const nginx = await startNginx(NGINX, dir, port);
    const context = {
      dist: DIST,
      get: httpsGet(port, readFileSync(certificate, 'utf8')),
      plainHttpGet: plainHttpGet(port),
    };
    let passed = 0;
    try {
      for (const check of checks) if (await runCheck(check, context)) passed++;
    } finally {
      await nginx.stop();
    }
    const failed = checks.length - passed;
    const errorLog = nginx.errorLog().trimEnd();
    if (failed && errorLog) log(errorLog.replace(/^/gm, '# nginx: '));
    log(`${passed} passed, ${failed} failed`);
    return failed ? 1 : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    log(`nginx test aborted: ${error.message}`);
    log('0 passed, 1 failed');
    process.exit(1);
  },
);
