/* Spec-vs-applied values diff on trees the size of a busy control plane's values. */
import { diffValues } from '../src/domain/values/diffValues';
import { filterDiff } from '../src/domain/values/filterDiff';
import { buildDiffRows } from '../src/domain/values/groupAdded';
import type { BenchFile } from './types';

type Tree = Record<string, unknown>;

/**
 * 5,000 leaves in 10 sections x 10 components x 50 keys (some one level deeper, some arrays).
 * About 20% differ: 10% overridden, 4% dropped, 5% added, 1% numeric strings.
 */
const buildTrees = (leaves: number): { spec: Tree; applied: Tree } => {
  const spec: Tree = {};
  const applied: Tree = {};
  for (let i = 0; i < leaves; i += 1) {
    const section = `section${i % 10}`;
    const component = `component${Math.floor(i / 10) % 10}`;
    const key = i % 7 === 0 ? `nested.key${i}` : `key${i}`;
    const value: unknown =
      i % 13 === 0 ? [`item-${i}`, { name: `n${i}`, port: i }] : i % 2 ? `value-${i}` : i;
    const specHost = (((spec[section] ??= {}) as Tree)[component] ??= {});
    const appliedHost = (((applied[section] ??= {}) as Tree)[component] ??= {});
    const bucket = i % 100;
    const put = (host: unknown, v: unknown) => {
      const target = host as Tree;
      if (key.startsWith('nested.')) ((target.nested ??= {}) as Tree)[key.slice(7)] = v;
      else target[key] = v;
    };
    if (bucket < 5) {
      put(appliedHost, value); // added by a profile
      continue;
    }
    put(specHost, value);
    if (bucket < 9) continue; // dropped
    if (bucket < 19) put(appliedHost, Array.isArray(value) ? [...value, 'extra'] : `other-${i}`);
    else if (bucket < 20) put(appliedHost, typeof value === 'number' ? String(value) : value);
    else put(appliedHost, value);
  }
  return { spec, applied };
};

const cases: BenchFile = () => {
  const { spec, applied } = buildTrees(5000);
  const diff = diffValues(spec, applied);
  return [
    {
      name: 'diffValues: 5,000 leaves, ~20% differ',
      budgetMs: 10,
      run: () => diffValues(spec, applied),
    },
    {
      name: 'filterDiff: text query over 5,000 entries',
      budgetMs: 5,
      run: () => filterDiff(diff, { query: 'component3.key', statuses: ['overridden', 'added'] }),
    },
    {
      name: 'buildDiffRows: collapse added groups of 5,000 entries',
      budgetMs: 5,
      run: () => buildDiffRows(diff.entries),
    },
  ];
};

export default cases;
