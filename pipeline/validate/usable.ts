// An export most of whose rows are rejected is not a few bad lines: a wrong file, a column holding
// something else, or the structures it refers to missing. Its tables would show zeros as if they
// were figures, so the run stops before anything is written, naming the file and its commonest reason.
import { DATASET_NAMES, formatInteger } from '../../core';
import { InputFileError } from '../errors';
import type { InputSummary, Reject } from '../publish';
import { AFTER_ARRETE } from './parameters';

/** A file with more than this share of its rows rejected stops the run… */
export const REJECTED_SHARE = 0.5;
/** …once it has this many rows: below, a person reads its few rejects in rejects.csv. */
export const MIN_ROWS = 20;

/** Reasons alike but for their values and numbers (« MSP9 », ligne 4) count as one. */
const reasonKind = (reject: Reject) => `${reject.column}\u0000${reject.reason.replace(/«[^»]*»/g, '«»').replace(/\d+/g, '#')}`;

function commonestReason(rejects: readonly Reject[]): { count: number; example: Reject } {
  const kinds = new Map<string, { count: number; example: Reject }>();
  for (const reject of rejects) {
    const kind = kinds.get(reasonKind(reject));
    if (kind) kind.count++;
    else kinds.set(reasonKind(reject), { count: 1, example: reject });
  }
  // Ties go to the kind met first, in the order of the file.
  return [...kinds.values()].reduce((best, kind) => (kind.count > best.count ? kind : best));
}

/** Throws for the first file, in load order (structures first: the others depend on it), mostly rejected. */
export function checkUsable(inputs: readonly InputSummary[], rejects: readonly Reject[]): void {
  const order = (input: InputSummary) => DATASET_NAMES.indexOf(input.dataset as (typeof DATASET_NAMES)[number]);
  // Events after an earlier --arrete are left out by choice: the export is fine.
  const faulty = rejects.filter((reject) => !reject.reason.includes(AFTER_ARRETE));
  const faultyIn = (file: string) => faulty.filter((reject) => reject.file === file);
  const failing = [...inputs]
    .sort((a, b) => order(a) - order(b) || (a.file < b.file ? -1 : 1))
    .find((input) => input.rows >= MIN_ROWS && input.rejected > input.rows * REJECTED_SHARE && faultyIn(input.file).length > input.rows * REJECTED_SHARE);
  if (!failing) return;
  const { count, example } = commonestReason(faultyIn(failing.file));
  const where = example.column ? `colonne ${example.column}, ` : '';
  throw new InputFileError(
    failing.file,
    `${formatInteger(failing.rejected)} lignes sur ${formatInteger(failing.rows)} rejetées, motif le plus fréquent (${formatInteger(count)} lignes, ${where}par exemple ligne ${example.line}) : ${example.reason}`,
    'Plus de la moitié des lignes rejetées : ce n’est pas un export utilisable, rien n’a été publié (la sortie précédente est intacte) ; corriger l’export ou le fichier dont il dépend, puis relancer.',
  );
}
