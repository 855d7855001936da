export type { ReportSource } from './read-source';
export { readReportSource } from './read-source';
export type { RunInfo, RunInput } from './run-info';
export { normalizeRunInfo } from './run-info';
