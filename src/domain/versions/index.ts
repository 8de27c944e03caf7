export { buildVersionCatalog, resolveVersion } from './buildVersionCatalog';
export type {
  CatalogIssue,
  CatalogIssueCode,
  SupportSource,
  VersionCatalog,
  VersionEntry,
  VersionKind,
  VersionSupport,
} from './types';
