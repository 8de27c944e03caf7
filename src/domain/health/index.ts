export { meshKindOf, summarizeHealth } from './summarizeHealth';
export { compareHealth, worstHealth } from './worstHealth';
export { SUMMARY_REASONS } from './types';
export type { Health, HealthOptions, HealthSummary, MeshKind } from './types';
