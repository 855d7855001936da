export { readReportSource } from './read-source';
export type { ReportSource } from './read-source';
export { normalizeRunInfo } from './run-info';
export type { RunInfo, RunInput } from './run-info';
