// The one error type of the outputs a person asks for (reports, partner builds): a message a person
// can act on and the exit status the CLI ends with. Only the CLIs format these and exit.

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
