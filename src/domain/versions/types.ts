/** `release`: a concrete stable build; `alias`: a moving name; `pre-release`: master, alpha, beta, rc. */
export type VersionKind = 'release' | 'alias' | 'pre-release';

/** `unknown` when the cluster publishes no list of supported names: support is never guessed. */
export type VersionSupport = 'supported' | 'end-of-life' | 'unknown';

export type VersionEntry = {
  /** Exactly as the CRD's enum spells it, e.g. `v1.30.3`, `v1.30-latest`, `master`. */
  name: string;
  kind: VersionKind;
  support: VersionSupport;
  /**
   * For `vX.Y-latest`: the newest `vX.Y.*` name in the enum (stable preferred). Absent for an alias
   * whose target the CRD does not state, such as a bare `latest`.
   */
  aliasOf?: string;
  /** The CRD's `default` for the field. */
  isDefault: boolean;
  /** Normalised semantic version without the `v`, e.g. `1.30.3`; absent for aliases and `master`. */
  semver?: string;
  /** The minor line, e.g. `1.30`, for releases, pre-releases and `vX.Y-latest` aliases. */
  line?: string;
};

/** Where the supported names came from. */
export type SupportSource = 'csv' | 'description' | 'none';

export type CatalogIssueCode =
  | 'no-served-version'
  | 'no-schema'
  | 'no-version-field'
  | 'no-enum'
  | 'non-string-enum-value'
  | 'default-not-in-enum'
  | 'csv-without-version-list'
  | 'support-name-not-in-enum'
  | 'support-sources-disagree'
  | 'no-support-list';

/** `error` issues leave the catalog empty; `warning` issues explain a partial answer. */
export type CatalogIssue = {
  code: CatalogIssueCode;
  severity: 'error' | 'warning';
  /** English, for logs and tests; pages translate by `code`. */
  message: string;
  /** The version name concerned, when there is one. */
  name?: string;
};

export type VersionCatalog = {
  /** Newest first; see `sortVersionEntries` for the exact order. */
  entries: VersionEntry[];
  byName: ReadonlyMap<string, VersionEntry>;
  /** The CRD's `default`, when it has one (even if it is not in the enum; an issue says so). */
  defaultName?: string;
  /** Newest supported stable release: the name a create form preselects. */
  recommended?: string;
  supportSource: SupportSource;
  /** Which CRD version's schema was read, e.g. `v1`. */
  crdVersion?: string;
  issues: CatalogIssue[];
};
