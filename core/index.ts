// The browser-safe core shared by the pipeline, the reports and the dashboard: the schemas and
// table declarations, French formatting, the geography, map classes, statistical secrecy, the
// story (headlines), the published-table codecs and the one XLSX writer for a table. Other
// folders import it through this file only.

export * from './changes';
export type { ExitCode } from './errors';
export { ReportError } from './errors';
export * from './format';
export * from './geography';
export * from './map-classes';
export * from './published';
export * from './schema';
export * from './secrecy';
export * from './sheets';
export * from './story';
