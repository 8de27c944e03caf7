import type { KubeObject, ResourceInfo, Status, StatusCause } from './types';
import { isObject } from './types';
import { applyDefaults, pruneUnknownFields } from './prune';
import { validateValue } from './validate';
import { validateCelRules } from './cel';
import { badRequest, cause, invalid } from './statusErrors';

/** Decoding and validation of a custom resource body against its CRD version's schema. */

export type FieldValidation = 'Ignore' | 'Warn' | 'Strict';

export type Admitted = { object: KubeObject; warnings: string[] };

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** metadata.name checks: RFC 1123 subdomain (labels for namespaces), at most 253 characters. */
export const validateName = (name: string, asLabel: boolean): StatusCause[] => {
  if (asLabel) {
    if (name.length <= 63 && DNS_LABEL.test(name)) return [];
    return [
      cause(
        'FieldValueInvalid',
        'metadata.name',
        `Invalid value: ${JSON.stringify(name)}: a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
      ),
    ];
  }
  if (name.length <= 253 && DNS_SUBDOMAIN.test(name)) return [];
  return [
    cause(
      'FieldValueInvalid',
      'metadata.name',
      `Invalid value: ${JSON.stringify(name)}: a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
    ),
  ];
};

/**
 * Prunes unknown fields (reporting or rejecting them per `fieldValidation`), applies defaults,
 * then runs schema and CEL validation. `old` is the stored object on updates.
 */
export const admitCustomResource = (
  info: ResourceInfo,
  version: string,
  body: KubeObject,
  old: KubeObject | undefined,
  fieldValidation: FieldValidation,
): Admitted | Status => {
  const schema = info.schemas[version];
  const name = body.metadata.name ?? '';
  if (!schema) return { object: body, warnings: [] };
  const unknown = pruneUnknownFields(body, schema);
  if (unknown.length > 0 && fieldValidation === 'Strict') {
    return badRequest(
      `strict decoding error: ${unknown.map((f) => `unknown field "${f}"`).join(', ')}`,
    );
  }
  const warnings = fieldValidation === 'Warn' ? unknown.map((f) => `unknown field "${f}"`) : [];
  applyDefaults(body, schema);
  const rootSchema = { ...schema, properties: { ...schema.properties } };
  delete rootSchema.properties.metadata; // metadata is checked by the API machinery, not the schema
  const causes = validateValue(body, rootSchema, '');
  if (causes.length === 0) {
    const celSelf = { ...body, metadata: pickNames(body) };
    const celOld = old ? { ...old, metadata: pickNames(old) } : undefined;
    causes.push(...validateCelRules(celSelf, celOld, schema));
  }
  return causes.length > 0 ? invalid(info, name, causes) : { object: body, warnings };
};

/** CEL rules only see `metadata.name` and `metadata.generateName`. */
const pickNames = (object: KubeObject): Record<string, unknown> => {
  const meta = isObject(object.metadata) ? object.metadata : {};
  return {
    ...(meta.name !== undefined ? { name: meta.name } : {}),
    ...(meta.generateName !== undefined ? { generateName: meta.generateName } : {}),
  };
};
