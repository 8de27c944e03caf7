import { isObject } from '../types';

/** Condition bookkeeping with the operator's semantics: transition time moves only on change. */

export type Condition = {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
};

export type DesiredCondition = Omit<Condition, 'lastTransitionTime'>;

export const conditionsOf = (status: unknown): Condition[] =>
  isObject(status) && Array.isArray(status.conditions) ? (status.conditions as Condition[]) : [];

export const findCondition = (status: unknown, type: string): Condition | undefined =>
  conditionsOf(status).find((c) => c.type === type);

export const setConditions = (
  previous: Condition[],
  desired: DesiredCondition[],
  now: string,
): Condition[] =>
  desired.map((next) => {
    const before = previous.find((c) => c.type === next.type);
    const lastTransitionTime =
      before && before.status === next.status ? (before.lastTransitionTime ?? now) : now;
    const clean = Object.fromEntries(
      Object.entries(next).filter(([, v]) => v !== undefined && v !== ''),
    );
    return { ...clean, lastTransitionTime } as Condition;
  });

/** `Healthy` when every listed condition is True, else the reason of the first that is not. */
export const stateFrom = (conditions: DesiredCondition[], types: string[]): string => {
  for (const type of types) {
    const c = conditions.find((x) => x.type === type);
    if (c && c.status !== 'True') return c.reason ?? 'Unknown';
  }
  return 'Healthy';
};

export const truncatedNow = (now: Date): string => now.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A condition that holds: the operator sets no reason on True conditions. */
export const conditionTrue = (type: string): DesiredCondition => ({ type, status: 'True' });

/** A condition that does not hold, with the operator's reason and message. */
export const conditionFalse = (
  type: string,
  reason: string,
  message: string,
): DesiredCondition => ({
  type,
  status: 'False',
  reason,
  message,
});

/** IstioRevision and IstioRevisionTag: whether pods or namespaces point at the object. */
export const inUseCondition = (used: boolean): DesiredCondition =>
  used
    ? {
        type: 'InUse',
        status: 'True',
        reason: 'ReferencedByWorkloads',
        message: 'Referenced by at least one pod or namespace',
      }
    : conditionFalse('InUse', 'NotReferencedByAnything', 'Not referenced by any pod or namespace');
