export { runPipeline } from './run';
export type { RunOptions, RunSummary } from './run';
export type { Logger, RunEvent } from './log';
export { silentLogger } from './log';
export { InputFileError, UsageError, OutputLockedError, StrictModeError, isPipelineError } from './errors';
export { describeWriteFailure, frenchArgumentError, unexpectedErrorSentence } from './errors';
export { readPublishedTables, CONTROLS_FILE, readControls } from './publish';
export type { InputSummary, RunManifest } from './publish';
