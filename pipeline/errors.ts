// The errors a run can end with. Only the CLI turns them into a message and an exit status.

/** A problem with the command line itself. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly exitCode = 2;
}

/**
 * A problem that makes a whole input file unusable (unreadable, unknown dataset, missing column...).
 * `hint` tells the person what to do about it.
 */
export class InputFileError extends Error {
  override readonly name = 'InputFileError';
  readonly exitCode = 3;
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly hint: string,
    readonly line?: number,
    readonly column?: string,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}${column === undefined ? '' : ` (colonne ${column})`} : ${problem}. ${hint}`);
  }
}

/** Another run holds the output folder. */
export class OutputLockedError extends Error {
  override readonly name = 'OutputLockedError';
  readonly exitCode = 4;
}

/** `--strict` and some rows were rejected. */
export class StrictModeError extends Error {
  override readonly name = 'StrictModeError';
  readonly exitCode = 5;
}

export type PipelineError = UsageError | InputFileError | OutputLockedError | StrictModeError;

export function isPipelineError(error: unknown): error is PipelineError {
  return (
    error instanceof UsageError ||
    error instanceof InputFileError ||
    error instanceof OutputLockedError ||
    error instanceof StrictModeError
  );
}
