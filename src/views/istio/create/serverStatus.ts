/** A Kubernetes `Status` cause, as sent with 422 Invalid responses. */
export type StatusCause = { reason?: string; message?: string; field?: string };

/** What we read from a rejected request, whatever shape the error arrived in. */
export type ServerStatus = {
  /** HTTP status; undefined when the request never got an answer. */
  code?: number;
  /** The Status `reason`, e.g. `AlreadyExists`, `Invalid`, `BadRequest`, `Forbidden`. */
  reason?: string;
  message: string;
  causes: StatusCause[];
  /** `details.kind` / `details.name` of the Status, e.g. `namespaces` / `istio-system`. */
  detailsKind?: string;
  detailsName?: string;
};

type Loose = Record<string, unknown>;

const asObject = (value: unknown): Loose | undefined =>
  typeof value === 'object' && value !== null ? (value as Loose) : undefined;

const asString = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

const asCode = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 100 ? value : undefined;

const readCauses = (details: Loose | undefined): StatusCause[] => {
  const causes = details?.causes;
  if (!Array.isArray(causes)) return [];
  return causes.map((cause) => {
    const c = asObject(cause) ?? {};
    return { reason: asString(c.reason), message: asString(c.message), field: asString(c.field) };
  });
};

/**
 * Reads the console's HttpError (`code`, `message`, `json` = the Status), a bare Status, or any
 * other thrown value into one shape.
 */
export const readServerStatus = (error: unknown): ServerStatus => {
  const outer = asObject(error);
  // The console puts the parsed Status on `json`; a bare Status has `kind: Status` itself.
  const status = asObject(outer?.json) ?? (outer?.kind === 'Status' ? outer : undefined);
  const details = asObject(status?.details);
  const response = asObject(outer?.response);
  return {
    code: asCode(status?.code) ?? asCode(outer?.code) ?? asCode(response?.status),
    reason: asString(status?.reason),
    message:
      asString(status?.message) ??
      asString(outer?.message) ??
      (typeof error === 'string' ? error : String(error)),
    causes: readCauses(details),
    detailsKind: asString(details?.kind),
    detailsName: asString(details?.name),
  };
};
