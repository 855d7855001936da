export { processingDate } from './clock';
export {
  describeWriteFailure,
  frenchArgumentError,
  InputFileError,
  InternalError,
  isPipelineError,
  OutputLockedError,
  StrictModeError,
  UsageError,
  unexpectedErrorSentence,
} from './errors';
export type { Logger, RunEvent } from './log';
export { silentLogger } from './log';
export type { InputSummary, RunManifest } from './publish';
export { CONTROLS_FILE, DETAIL_DIR, MANIFEST, REJECT_RECORDS_FILE, readControls, readPublishedTables } from './publish';
export { isAlive } from './publish/output-dir';
export type { RunOptions, RunSummary } from './run';
export { runPipeline } from './run';
