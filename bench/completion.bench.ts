import type { JSONSchemaProps } from '../src/k8s/types';
import { completionsAt } from '../src/domain/schema/completion';
import { explainTree, searchSchema } from '../src/domain/schema/explainSchema';
import { hoverAt } from '../src/domain/schema/hover';
import type { BenchFile } from './types';

const sampleScalar = (node: JSONSchemaProps): string => {
  if (node.enum?.length) return JSON.stringify(node.enum[0]);
  if (node.type === 'boolean') return 'true';
  if (node.type === 'integer' || node.type === 'number') return '1';
  return 'value';
};

/** Writes `node`'s fields as YAML lines at `indent` until `lines` holds `limit` lines. */
const writeFields = (node: JSONSchemaProps, indent: number, lines: string[], limit: number) => {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (lines.length >= limit) return;
    const pad = ' '.repeat(indent);
    if (child.properties) {
      lines.push(`${pad}${key}:`);
      writeFields(child, indent + 2, lines, limit);
    } else if (child.type === 'array' && child.items?.properties) {
      lines.push(`${pad}${key}:`, `${pad}- # item`);
      writeFields(child.items, indent + 2, lines, limit);
    } else if (child.type === 'array') {
      lines.push(`${pad}${key}:`, `${pad}- ${sampleScalar(child.items ?? {})}`);
    } else if (child.type !== 'object') {
      lines.push(`${pad}${key}: ${sampleScalar(child)}`);
    }
  }
};

/** A 1,000-line values document: everything but pilot, then pilot with a key being typed. */
const generatedDocument = (values: JSONSchemaProps): { text: string; lines: string[] } => {
  const lines: string[] = [];
  const { pilot, ...others } = values.properties ?? {};
  writeFields({ properties: others }, 0, lines, 990);
  lines.push('pilot:');
  const pilotFields = Object.entries(pilot?.properties ?? {}).filter(
    ([key]) => !key.startsWith('auto'),
  );
  writeFields({ properties: Object.fromEntries(pilotFields) }, 2, lines, 999);
  lines.push('  auto');
  return { text: lines.join('\n'), lines };
};

const cases: BenchFile = ({ istioCrd: crd }) => {
  if (!crd) return [];
  const values =
    crd.spec.versions.find((v) => v.storage)?.schema?.openAPIV3Schema?.properties?.spec?.properties
      ?.values ?? {};
  const { text, lines } = generatedDocument(values);
  const endOfDocument = { line: lines.length, column: lines[lines.length - 1].length + 1 };
  const accessLogLine = lines.findIndex((l) => l.startsWith('  accessLogFile:'));
  const onAccessLogFile = { line: accessLogLine + 1, column: 6 };
  explainTree(values); // the panel flattens the schema once, when it opens
  return [
    {
      name: `completionsAt: key under pilot at the end of a ${lines.length}-line document`,
      budgetMs: 5,
      run: () => completionsAt(text, endOfDocument, values),
    },
    {
      name: `hoverAt: meshConfig.accessLogFile in a ${lines.length}-line document`,
      budgetMs: 5,
      run: () => hoverAt(text, onAccessLogFile, values),
    },
    {
      name: 'searchSchema: "accessLogFile" over the upstream values schema',
      budgetMs: 20,
      run: () => searchSchema(values, 'accessLogFile'),
    },
  ];
};

export default cases;
