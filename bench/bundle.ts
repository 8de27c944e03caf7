/* What each exposed module of the production build in dist/ makes the console download. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type ModuleWeight = {
  name: string;
  /** Gzipped bytes of the chunks the console loads before the module's code runs. */
  initialBytes: number;
  /** The same plus every chunk those chunks can load later (lazy components). */
  totalBytes: number;
};

/**
 * Reads the container entry named by plugin-manifest.json: its map of exposed modules to the chunk
 * ids each one loads, and its map of chunk ids to file names. Throws when the build's shape is not
 * the one this reads, so a change of bundler output cannot pass unnoticed.
 */
export const exposedModuleWeights = (dist: string): ModuleWeight[] => {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'plugin-manifest.json'), 'utf8')) as {
    loadScripts: string[];
  };
  const entry = readFileSync(path.join(dist, manifest.loadScripts[0]), 'utf8');
  const files = readdirSync(dist).filter((f) => f.endsWith('.js'));

  const namedChunks = new Map<string, string>();
  for (const [, id, name] of entry.matchAll(/(\d+):"(exposed-[\w-]+)"/g)) namedChunks.set(id, name);
  const fileOf = (id: string): string | undefined => {
    const prefix = `${namedChunks.get(id) ?? id}-chunk-`;
    return files.find((f) => f.startsWith(prefix));
  };
  // Exposed modules share most chunks: compress each file once.
  const gzipSizes = new Map<string, number>();
  const gzipSize = (id: string): number => {
    const file = fileOf(id) as string;
    if (!gzipSizes.has(file))
      gzipSizes.set(file, gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length);
    return gzipSizes.get(file) as number;
  };

  const weights: ModuleWeight[] = [];
  for (const [, name, loads] of entry.matchAll(
    /(\w+):\(\)=>(Promise\.all\(\[[^\]]*\]\)|\w\.e\(\d+\))/g,
  )) {
    // Ids without a file are modules shared with the console (React, PatternFly, the SDK).
    const initial = [...loads.matchAll(/\.e\((\d+)\)/g)].map((m) => m[1]).filter(fileOf);
    const seen = new Set<string>(initial);
    const queue = [...initial];
    while (queue.length) {
      const code = readFileSync(path.join(dist, fileOf(queue.shift() as string) as string), 'utf8');
      for (const [, id] of code.matchAll(/\.e\((\d+)\)/g)) {
        if (!seen.has(id) && fileOf(id)) {
          seen.add(id);
          queue.push(id);
        }
      }
    }
    const bytes = (ids: Iterable<string>) => [...ids].reduce((sum, id) => sum + gzipSize(id), 0);
    weights.push({ name, initialBytes: bytes(initial), totalBytes: bytes(seen) });
  }
  if (weights.length === 0)
    throw new Error(`no exposed modules found in ${manifest.loadScripts[0]}`);
  return weights;
};
