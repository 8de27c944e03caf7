import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { KubeObject } from './types';
import { isObject } from './types';

/** Reads CustomResourceDefinitions from the YAML files of a folder. */

export const BUILT_IN_CRDS_DIR = path.resolve(__dirname, '../crds');
export const EARLY_CRD_NAME = 'istios.operator.istio.io';

export type LoadedCrds = { crds: KubeObject[]; problems: string[] };

const parsedDirs = new Map<string, LoadedCrds>();

/** Every CRD document in `*.yaml`/`*.yml` files of `dir`, in file-name order (parsed once per dir). */
export const loadCrdsFromDir = (dir: string): LoadedCrds => {
  const cached = parsedDirs.get(dir) ?? parseDir(dir);
  parsedDirs.set(dir, cached);
  return structuredClone(cached);
};

const parseDir = (dir: string): LoadedCrds => {
  const crds: KubeObject[] = [];
  const problems: string[] = [];
  const files = fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  for (const file of files) {
    const docs = YAML.parseAllDocuments(fs.readFileSync(path.join(dir, file), 'utf8'));
    for (const doc of docs) {
      if (doc.errors.length > 0) {
        problems.push(`${file}: ${doc.errors[0].message}`);
        continue;
      }
      const value: unknown = doc.toJS({ maxAliasCount: -1 });
      if (
        !isObject(value) ||
        value.kind !== 'CustomResourceDefinition' ||
        !isObject(value.metadata)
      )
        continue;
      crds.push(cleanCrd(value as KubeObject));
    }
  }
  return { crds, problems };
};

/** Drops what a bundle manifest carries but a client would not send (status stub, null stamps). */
const cleanCrd = (crd: KubeObject): KubeObject => {
  const cleaned: KubeObject = { ...crd, metadata: { ...crd.metadata } };
  delete cleaned.status;
  delete cleaned.metadata.creationTimestamp;
  return cleaned;
};

/**
 * The CRDs to register: the given folder (or our built-in ones), plus the early
 * `operator.istio.io` Istio from the built-in folder when the given folder lacks it.
 */
export const resolveCrds = (crdsDir?: string): LoadedCrds => {
  const loaded = loadCrdsFromDir(crdsDir ?? BUILT_IN_CRDS_DIR);
  if (crdsDir && !loaded.crds.some((c) => c.metadata.name === EARLY_CRD_NAME)) {
    const early = loadCrdsFromDir(BUILT_IN_CRDS_DIR).crds.find(
      (c) => c.metadata.name === EARLY_CRD_NAME,
    );
    if (early) loaded.crds.push(early);
  }
  return loaded;
};
