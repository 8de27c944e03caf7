/**
 * `format` checks for the formats Kubernetes knows. The Sail Operator CRDs use int32 and int64
 * (on integers); the string formats are here for other CRD versions. Unknown formats pass.
 */
type FormatCheck = { appliesTo: 'integer' | 'string'; test: (value: number | string) => boolean };

const INT32 = 2 ** 31;
const INT64 = 2 ** 63;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
// Go duration syntax (time.ParseDuration), which Kubernetes' `duration` format accepts.
const DURATION = /^[-+]?(0|((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+)$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const isCalendarDate = (text: string): boolean => {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
};

const isDateTime = (text: string): boolean => {
  const match = DATE_TIME.exec(text);
  if (!match || !isCalendarDate(match[1])) return false;
  return Number(match[2]) < 24 && Number(match[3]) < 60 && Number(match[4]) < 61;
};

const FORMATS: Record<string, FormatCheck> = {
  int32: { appliesTo: 'integer', test: (v) => Number(v) >= -INT32 && Number(v) < INT32 },
  int64: { appliesTo: 'integer', test: (v) => Number(v) >= -INT64 && Number(v) < INT64 },
  date: { appliesTo: 'string', test: (v) => isCalendarDate(String(v)) },
  'date-time': { appliesTo: 'string', test: (v) => isDateTime(String(v)) },
  datetime: { appliesTo: 'string', test: (v) => isDateTime(String(v)) },
  duration: { appliesTo: 'string', test: (v) => DURATION.test(String(v)) },
  byte: { appliesTo: 'string', test: (v) => BASE64.test(String(v)) },
};

export const FORMAT_DESCRIPTIONS: Record<string, string> = {
  int32: 'a 32-bit integer',
  int64: 'a 64-bit integer',
  date: 'a date (YYYY-MM-DD)',
  'date-time': 'an RFC 3339 date-time',
  datetime: 'an RFC 3339 date-time',
  duration: 'a duration such as 30s or 1h30m',
  byte: 'base64-encoded data',
};

/** False when `value` breaks `format`; true for formats not checked here and other value types. */
export const matchesFormat = (format: string, value: unknown): boolean => {
  const check = FORMATS[format];
  if (!check) return true;
  if (check.appliesTo === 'integer') return typeof value !== 'number' || check.test(value);
  return typeof value !== 'string' || check.test(value);
};
