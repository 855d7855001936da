// Rejected lines and controls of two runs, matched by what they are about, never by their place: a
// rejected line by its file and record (lines inserted above it move it, not change it), a control by
// its name and subject. Repeats count: two identical rejected lines fixed are two changes.
import type { ControlRow } from '../schema';
import type { Change } from './change';

export interface RejectedLine {
  readonly file: string;
  readonly line: number;
  readonly column: string;
  readonly value: string;
  readonly reason: string;
  /** The record's fields, or the malformed line's text; empty when the run did not write them. */
  readonly record: string;
}

/** The items of `a` that `b` lacks, counting repeats. */
function missingFrom<T>(a: readonly T[], b: readonly T[], key: (item: T) => string): T[] {
  const left = new Map<string, number>();
  for (const item of b) left.set(key(item), (left.get(key(item)) ?? 0) + 1);
  return a.filter((item) => {
    const n = left.get(key(item)) ?? 0;
    if (n > 0) left.set(key(item), n - 1);
    return n === 0;
  });
}

// Without its record (a run older than rejects-records.csv), a line is known by what was wrong with it.
const rejectKey = (line: RejectedLine) =>
  `${line.file}\u0001${line.column}\u0001${line.record || `${line.value}\u0001${line.reason.replace(/ligne \d+/g, '')}`}`;

const where = (line: RejectedLine) => `${line.file} ligne ${line.line}`;

export function rejectChanges(before: readonly RejectedLine[], after: readonly RejectedLine[]): Change[] {
  const line = (item: RejectedLine, nature: 'rejet corrigé' | 'nouveau rejet'): Change => ({
    tableau: 'rejets',
    keys: {},
    colonne: item.column,
    avant: nature === 'rejet corrigé' ? where(item) : null,
    apres: nature === 'nouveau rejet' ? where(item) : null,
    ecart: null,
    nature,
    structures: [],
    motif: item.reason,
  });
  return [
    ...missingFrom(before, after, rejectKey).map((item) => line(item, 'rejet corrigé')),
    ...missingFrom(after, before, rejectKey).map((item) => line(item, 'nouveau rejet')),
  ];
}

const controlKey = (row: ControlRow) => [row.controle, row.dataset, row.id_structure, row.niveau, row.code, row.annee].join('\u0001');

export function controlChanges(before: readonly ControlRow[], after: readonly ControlRow[]): Change[] {
  const line = (row: ControlRow, nature: 'contrôle résolu' | 'nouveau contrôle'): Change => ({
    tableau: 'controles',
    keys: { niveau: row.niveau ?? '', code: row.code ?? '', annee: row.annee === null ? '' : String(row.annee) },
    colonne: row.controle,
    avant: nature === 'contrôle résolu' ? row.constate : null,
    apres: nature === 'nouveau contrôle' ? row.constate : null,
    ecart: null,
    nature,
    structures: row.id_structure ? [{ id: row.id_structure, kind: 'concernée' }] : [],
    motif: row.message,
  });
  return [
    ...missingFrom(before, after, controlKey).map((row) => line(row, 'contrôle résolu')),
    ...missingFrom(after, before, controlKey).map((row) => line(row, 'nouveau contrôle')),
  ];
}
