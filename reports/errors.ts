// The one error type of the reports: a message a person can act on and the exit status the CLI
// ends with. Only reports/cli.ts formats these and exits.

/** 2: the command line is wrong; 1: the data or the file system said no. */
export type ExitCode = 1 | 2;

export class ReportError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = 1,
  ) {
    super(message);
    this.name = 'ReportError';
  }
}
