import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Get, Reply } from './httpClient';

export type CheckContext = { dist: string; get: Get; plainHttpGet: Get };

/** A behaviour the console's plugin proxy relies on; `run` resolves with what is wrong. */
export type Check = { name: string; run: (context: CheckContext) => Promise<string[]> };

const JSON_TYPE = /^application\/json\b/;
const JAVASCRIPT_TYPE = /^(application|text)\/javascript\b/;
const NO_CACHE = /^no-cache$/;
const IMMUTABLE = /\bimmutable\b/;
const NOSNIFF = /^nosniff$/;

const problems = (...found: (string | false)[]): string[] =>
  found.filter((problem): problem is string => problem !== false);

const header = (reply: Reply, name: string) => String(reply.headers[name] ?? '(absent)');

const expectStatus = (reply: Reply, status: number) =>
  reply.status !== status && `status ${reply.status}, expected ${status}`;

const expectHeader = (reply: Reply, name: string, expected: RegExp) =>
  !expected.test(header(reply, name)) && `${name}: ${header(reply, name)}, expected ${expected}`;

/** The parsed body, boxed so that a JSON `null` still counts as parsed. */
const parseJson = (body: Buffer): { value: unknown } | undefined => {
  try {
    return { value: JSON.parse(body.toString()) };
  } catch {
    return undefined;
  }
};

const loadScriptsOf = (manifest: unknown): string[] => {
  const scripts =
    typeof manifest === 'object' && manifest !== null && 'loadScripts' in manifest
      ? manifest.loadScripts
      : undefined;
  return Array.isArray(scripts) ? scripts.filter((s): s is string => typeof s === 'string') : [];
};

const distManifestScripts = (dist: string) =>
  loadScriptsOf(JSON.parse(readFileSync(path.join(dist, 'plugin-manifest.json'), 'utf8')));

/** What is wrong with how a hashed script from dist/ is served to a client that accepts gzip. */
const scriptProblems = async ({ dist, get }: CheckContext, file: string): Promise<string[]> => {
  const reply = await get(`/${file}`, { 'Accept-Encoding': 'gzip' });
  const gzipped = reply.headers['content-encoding'] === 'gzip';
  return problems(
    expectStatus(reply, 200),
    expectHeader(reply, 'content-type', JAVASCRIPT_TYPE),
    expectHeader(reply, 'cache-control', IMMUTABLE),
    expectHeader(reply, 'x-content-type-options', NOSNIFF),
    expectHeader(reply, 'content-encoding', /^gzip$/),
    gzipped &&
      !gunzipSync(reply.body).equals(readFileSync(path.join(dist, file))) &&
      'gunzipped body differs from the file in dist/',
  );
};

/** One line per distinct problem, with how many files have it: dozens of chunks stay readable. */
const problemsAcross = async (
  context: CheckContext,
  files: string[],
  problemsOf: (context: CheckContext, file: string) => Promise<string[]>,
): Promise<string[]> => {
  const filesByProblem = new Map<string, string[]>();
  for (const file of files)
    for (const problem of await problemsOf(context, file))
      filesByProblem.set(problem, [...(filesByProblem.get(problem) ?? []), file]);
  return [...filesByProblem].map(([problem, having]) =>
    having.length === 1
      ? `${having[0]}: ${problem}`
      : `${problem} (${having.length} of ${files.length} files, e.g. ${having[0]})`,
  );
};

const localeProblems = async ({ get }: CheckContext, file: string): Promise<string[]> => {
  const reply = await get(`/locales/en/${file}`);
  return problems(
    expectStatus(reply, 200),
    expectHeader(reply, 'content-type', JSON_TYPE),
    !parseJson(reply.body) && 'body is not JSON',
    expectHeader(reply, 'cache-control', NO_CACHE),
    expectHeader(reply, 'x-content-type-options', NOSNIFF),
  );
};

export const checks: Check[] = [
  {
    name: '/plugin-manifest.json is JSON, never cached, and its loadScripts are served',
    run: async ({ get }) => {
      const reply = await get('/plugin-manifest.json');
      const manifest = parseJson(reply.body);
      const scripts = manifest ? loadScriptsOf(manifest.value) : [];
      const unserved = [];
      for (const script of scripts) {
        const { status } = await get(`/${script}`);
        if (status !== 200) unserved.push(`loadScripts entry ${script}: status ${status}`);
      }
      return [
        ...problems(
          expectStatus(reply, 200),
          expectHeader(reply, 'content-type', JSON_TYPE),
          !manifest && 'body is not JSON',
          expectHeader(reply, 'cache-control', NO_CACHE),
          expectHeader(reply, 'x-content-type-options', NOSNIFF),
          !!manifest && !scripts.length && 'loadScripts is empty',
        ),
        ...unserved,
      ];
    },
  },
  {
    name: 'the entry script is JavaScript, immutable, nosniff and gzipped as built',
    run: async (context) => {
      const scripts = distManifestScripts(context.dist);
      if (!scripts.length) return ['dist/plugin-manifest.json names no loadScripts'];
      return problemsAcross(context, scripts, scriptProblems);
    },
  },
  {
    name: 'every *-chunk-*.min.js in dist/ is served like the entry script',
    run: async (context) => {
      const chunks = readdirSync(context.dist).filter((file) => /-chunk-.*\.min\.js$/.test(file));
      if (!chunks.length) return ['dist/ has no *-chunk-*.min.js files'];
      return problemsAcross(context, chunks, scriptProblems);
    },
  },
  {
    name: 'locale files under /locales/en/ are JSON and never cached',
    run: async (context) => {
      const files = readdirSync(path.join(context.dist, 'locales', 'en'));
      const locales = files.filter((file) => file.endsWith('.json'));
      if (!locales.length) return ['dist/locales/en/ has no .json files'];
      return problemsAcross(context, locales, localeProblems);
    },
  },
  {
    name: 'a missing path is 404, nosniff, and the Server header hides the nginx version',
    run: async ({ get }) => {
      const reply = await get('/no-such-path');
      return problems(
        expectStatus(reply, 404),
        expectHeader(reply, 'server', /^nginx$/),
        expectHeader(reply, 'x-content-type-options', NOSNIFF),
      );
    },
  },
  {
    name: 'plain HTTP on the TLS port is refused',
    run: async ({ plainHttpGet }) => {
      const reply = await plainHttpGet('/plugin-manifest.json');
      return problems(
        expectStatus(reply, 400),
        !reply.body.toString().includes('plain HTTP request was sent to HTTPS port') &&
          'body does not say "The plain HTTP request was sent to HTTPS port"',
      );
    },
  },
];
