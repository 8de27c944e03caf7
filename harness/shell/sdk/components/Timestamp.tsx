import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { Tooltip } from '@patternfly/react-core';
import GlobeAmericasIcon from '@patternfly/react-icons/dist/esm/icons/globe-americas-icon';

const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** Recent times read "3 minutes ago"; older ones show the date, as the console does. */
const describe = (date: Date, omitSuffix?: boolean): string => {
  const elapsed = Date.now() - date.getTime();
  if (elapsed >= 0 && elapsed < 630 * 60_000) {
    const [unit, ms] = UNITS.find(([, size]) => elapsed >= size) ?? ['minute', 60_000];
    const amount = Math.max(1, Math.round(elapsed / ms));
    return omitSuffix
      ? `${amount} ${unit}${amount === 1 ? '' : 's'}`
      : relative.format(-amount, unit);
  }
  return absolute.format(date);
};

export const Timestamp: typeof SDK.Timestamp = ({ timestamp, simple, omitSuffix, className }) => {
  const date = timestamp ? new Date(timestamp) : undefined;
  if (!date || Number.isNaN(date.getTime())) return <span className={className}>-</span>;
  const text = describe(date, omitSuffix);
  if (simple) return <span className={className}>{text}</span>;
  return (
    <Tooltip content={date.toISOString()}>
      <span className={className}>
        <GlobeAmericasIcon /> <time dateTime={date.toISOString()}>{text}</time>
      </span>
    </Tooltip>
  );
};
