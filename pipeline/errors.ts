// The errors a run can end with. Only the CLI turns them into a message and an exit status.
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';

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

export type PipelineError = UsageError | InputFileError | OutputLockedError | StrictModeError | OutputWriteError;

export function isPipelineError(error: unknown): error is PipelineError {
  return (
    error instanceof UsageError ||
    error instanceof InputFileError ||
    error instanceof OutputLockedError ||
    error instanceof StrictModeError ||
    error instanceof OutputWriteError
  );
}

/**
 * The run contradicts itself (a figure differs from the sum of the structures listed behind it):
 * a defect of the project, not of the exports. Nothing is published.
 */
export class InternalError extends Error {
  override readonly name = 'InternalError';
  readonly exitCode = 1;
}

/** The machine refused to write an output: a full disk, a read-only folder, missing rights. */
export class OutputWriteError extends Error {
  override readonly name = 'OutputWriteError';
  readonly exitCode = 6;
}

interface WriteFailure {
  readonly codes: readonly string[];
  /** DuckDB reports these failures as text, without an error code. */
  readonly pattern: RegExp;
  readonly what: string;
  readonly todo: string;
}

const WRITE_FAILURES: readonly WriteFailure[] = [
  {
    codes: ['ENOSPC', 'EDQUOT'],
    pattern: /no space left on device|disk quota exceeded|could not write all bytes|out of disk space/i,
    what: 'disque plein',
    todo: 'libérer de la place sur ce disque ou choisir un dossier de sortie sur un autre disque',
  },
  {
    codes: ['EROFS'],
    pattern: /read-only file system/i,
    what: 'dossier en lecture seule',
    todo: 'choisir un dossier de sortie sur un disque accessible en écriture',
  },
  {
    codes: ['EACCES', 'EPERM'],
    pattern: /permission denied|operation not permitted/i,
    what: 'écriture refusée (droits insuffisants)',
    todo: 'donner le droit d’écrire dans ce dossier ou choisir un autre dossier de sortie',
  },
];

/**
 * One French sentence for a write the machine refused, or undefined for any other error.
 * `target` is the output the person named; `after` what is left as it was.
 */
export function describeWriteFailure(error: unknown, target: string, after: string): string | undefined {
  const code = refusedCode(error as NodeJS.ErrnoException | undefined);
  const message = error instanceof Error ? error.message : String(error);
  const failure = WRITE_FAILURES.find((f) => (code !== undefined && f.codes.includes(code)) || f.pattern.test(message));
  if (!failure) return undefined;
  const where = (error as NodeJS.ErrnoException | undefined)?.path ?? /"([^"]+)"/.exec(message)?.[1];
  // Staging and lock files are the run's own business: the person knows the folder they named.
  const detail = where && where !== target && !/\.(staging-\d+|lock|previous)\b|\.tmp$/.test(where) ? ` (${where})` : '';
  return `${failure.what[0]!.toUpperCase()}${failure.what.slice(1)} : impossible d’écrire dans ${target}${detail} ; ${failure.todo}, puis relancer (${after}).`;
}

/**
 * The error's code; for a recursive mkdir that says ENOENT (Node does so on a read-only file
 * system), why the nearest existing folder refuses to be written, when it does.
 */
function refusedCode(error: NodeJS.ErrnoException | undefined): string | undefined {
  if (error?.code !== 'ENOENT' || error.syscall !== 'mkdir' || !error.path) return error?.code;
  let folder = path.dirname(error.path);
  while (!existsSync(folder) && path.dirname(folder) !== folder) folder = path.dirname(folder);
  try {
    accessSync(folder, constants.W_OK);
    return error.code;
  } catch (refusal) {
    return (refusal as NodeJS.ErrnoException).code;
  }
}

/** node:util parseArgs messages, in French. */
export function frenchArgumentError(message: string): string {
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `option inconnue « ${unknown[1]} »`;
  const missing = /Option '(-[^ ']+)[^']*' argument missing/.exec(message);
  if (missing) return `l’option « ${missing[1]} » attend une valeur`;
  const unexpected = /Unexpected argument '([^']+)'/.exec(message);
  if (unexpected) return `argument inattendu « ${unexpected[1]} »`;
  const notString = /Option '(-[^ ']+)[^']*' does not take an argument/.exec(message);
  if (notString) return `l’option « ${notString[1]} » ne prend pas de valeur`;
  return message;
}

/** An error no rule above describes, as one sentence (its first line), for the CLIs. */
export function unexpectedErrorSentence(error: unknown, context: string, debugFlag: string): string {
  const first = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
  return `Erreur inattendue ${context} (${first}) : relancer avec ${debugFlag} pour le détail et le signaler à l’équipe du projet.`;
}
