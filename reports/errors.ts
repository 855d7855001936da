// The reports' error type lives in core (a secrecy breach, raised by core's engine, is one).

export type { ExitCode } from '../core';
export { ReportError } from '../core';
