export { MatchRunsApi } from './match-runs.api';
export type { MatchRunsLoadState } from './match-runs.store';
export { MatchRunsStore } from './match-runs.store';
