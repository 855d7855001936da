// Two runs compared: every figure revised, row new or gone, structure entered or left, rejected line
// fixed or new, control resolved or new, and the French sentence that sums them up.
import { formatCount } from '../format';
import type { PublishedTables, Row } from '../published';
import { type ControlRow, TABLE_NAMES, type TableName, tableSpec } from '../schema';
import { type Change, REVISING } from './change';
import { figureChanges } from './figure-changes';
import { controlChanges, type RejectedLine, rejectChanges } from './line-changes';
import { structureMoves } from './structure-moves';

export interface RunContents {
  /** `run.json`'s processing date and cut-off. */
  readonly manifest: { readonly generatedAt: string; readonly arrete: string | null; readonly referenceYear: number | null };
  readonly tables: PublishedTables;
  readonly detail: ReadonlyMap<TableName, readonly Row[]>;
  readonly rejects: readonly RejectedLine[];
  readonly controls: readonly ControlRow[];
}

export interface Comparison {
  readonly before: RunContents['manifest'];
  readonly after: RunContents['manifest'];
  readonly changes: readonly Change[];
  /** « 12 chiffres révisés dont 3 de 2023, 2 MSP nouvelles, 5 lignes rejetées corrigées. » */
  readonly summary: string;
}

/**
 * Whether the earlier run counted `year` whole: its cut-off falls after 31/12 of that year (without
 * a cut-off, the years before its reference year).
 */
export function closedIn(manifest: RunContents['manifest']): (year: number) => boolean {
  if (manifest.arrete) return (year) => manifest.arrete! > `${year}-12-31`;
  return (year) => manifest.referenceYear !== null && year < manifest.referenceYear;
}

/** Structures that entered or left a department's figures of a year, one line per table, department and year. */
function entries(name: TableName, before: readonly Row[], after: readonly Row[]): Change[] {
  const group = (row: Row) => `${row.code}\u0001${row.annee ?? ''}`;
  const ids = (rows: readonly Row[]) => {
    const by = new Map<string, Set<string>>();
    for (const row of rows) {
      const set = by.get(group(row)) ?? new Set<string>();
      set.add(String(row.id_structure));
      by.set(group(row), set);
    }
    return by;
  };
  const earlier = ids(before);
  const later = ids(after);
  const lines: Change[] = [];
  const add = (key: string, id: string, nature: 'entrée' | 'sortie') => {
    const [code, annee] = key.split('\u0001');
    lines.push({
      tableau: name,
      keys: { niveau: 'departement', code: code!, ...(annee ? { annee } : {}) },
      colonne: '',
      avant: null,
      apres: null,
      ecart: null,
      nature,
      structures: [{ id, kind: nature }],
      motif: nature === 'entrée' ? `${id} compte désormais dans ce département` : `${id} ne compte plus dans ce département`,
    });
  };
  for (const [key, set] of later) for (const id of set) if (!earlier.get(key)?.has(id)) add(key, id, 'entrée');
  for (const [key, set] of earlier) for (const id of set) if (!later.get(key)?.has(id)) add(key, id, 'sortie');
  return lines;
}

export function compareContents(before: RunContents, after: RunContents): Comparison {
  const closed = closedIn(before.manifest);
  const changes: Change[] = [];
  for (const name of TABLE_NAMES) {
    const spec = tableSpec(name);
    const earlierDetail = before.detail.get(name) ?? [];
    const laterDetail = after.detail.get(name) ?? [];
    const moves =
      spec.rows.of === 'structures'
        ? structureMoves(
            earlierDetail,
            laterDetail,
            spec.keys.map((column) => column.name),
            [...spec.rows.additive, ...(spec.rows.listed ?? [])],
          )
        : new Map();
    changes.push(...figureChanges(name, before.tables[name], after.tables[name], { closed, moves }));
    changes.push(...entries(name, earlierDetail, laterDetail));
  }
  changes.push(...rejectChanges(before.rejects, after.rejects), ...controlChanges(before.controls, after.controls));
  return { before: before.manifest, after: after.manifest, changes, summary: summarise(changes, before, after) };
}

const FEMININE = new Set(['MSP', 'CPTS']);

/** The structure type of a detail row: its own column, else its table's (CDS tables, CPTS coverage). */
function typeOf(name: TableName, row: Row): string | null {
  if (typeof row.type_structure === 'string') return row.type_structure;
  if (name.startsWith('cds')) return 'CDS';
  return name === 'cpts_couverture' ? 'CPTS' : null;
}

function structuresByType(run: RunContents): Map<string, string> {
  const types = new Map<string, string>();
  for (const name of TABLE_NAMES) {
    for (const row of run.detail.get(name) ?? []) {
      const type = typeOf(name, row);
      if (type && !types.has(String(row.id_structure))) types.set(String(row.id_structure), type);
    }
  }
  return types;
}

function structureWords(ids: readonly string[], types: Map<string, string>, words: [string, string, string, string]): string[] {
  const byType = new Map<string, number>();
  for (const id of ids) byType.set(types.get(id) ?? 'structure', (byType.get(types.get(id) ?? 'structure') ?? 0) + 1);
  return [...byType].map(([type, n]) => {
    const feminine = FEMININE.has(type) || type === 'structure';
    const [singular, plural] = feminine ? [words[2], words[3]] : [words[0], words[1]];
    return formatCount(n, `${type} ${singular}`, `${type === 'structure' ? 'structures' : type} ${plural}`);
  });
}

function summarise(changes: readonly Change[], before: RunContents, after: RunContents): string {
  const count = (nature: Change['nature']) => changes.filter((change) => change.nature === nature).length;
  const parts: string[] = [];
  const revised = changes.filter((change) => REVISING.has(change.nature));
  if (revised.length > 0) {
    const byYear = new Map<string, number>();
    for (const change of revised) if (change.nature === 'révision') byYear.set(change.keys.annee!, (byYear.get(change.keys.annee!) ?? 0) + 1);
    const sorted = [...byYear].sort(([a], [b]) => (a < b ? 1 : -1));
    // The latest years by name, the older ones together: a sentence, not a listing.
    const older = sorted.slice(3).reduce((sum, [, n]) => sum + n, 0);
    const years = [...sorted.slice(0, 3).map(([year, n]) => `${n} de ${year}`), ...(older ? [`${older} d’années antérieures`] : [])];
    parts.push(`${formatCount(revised.length, 'chiffre révisé', 'chiffres révisés')}${years.length ? ` dont ${years.join(', ')}` : ''}`);
  }
  if (count('nouveau')) parts.push(formatCount(count('nouveau'), 'ligne de tableau nouvelle', 'lignes de tableau nouvelles'));
  if (count('disparu')) parts.push(formatCount(count('disparu'), 'ligne de tableau disparue', 'lignes de tableau disparues'));
  const earlier = structuresByType(before);
  const later = structuresByType(after);
  parts.push(
    ...structureWords(
      [...later.keys()].filter((id) => !earlier.has(id)),
      later,
      ['nouveau', 'nouveaux', 'nouvelle', 'nouvelles'],
    ),
    ...structureWords(
      [...earlier.keys()].filter((id) => !later.has(id)),
      earlier,
      ['disparu', 'disparus', 'disparue', 'disparues'],
    ),
  );
  if (count('rejet corrigé')) parts.push(formatCount(count('rejet corrigé'), 'ligne rejetée corrigée', 'lignes rejetées corrigées'));
  if (count('nouveau rejet')) parts.push(formatCount(count('nouveau rejet'), 'nouvelle ligne rejetée', 'nouvelles lignes rejetées'));
  if (count('contrôle résolu')) parts.push(formatCount(count('contrôle résolu'), 'contrôle résolu', 'contrôles résolus'));
  if (count('nouveau contrôle')) parts.push(formatCount(count('nouveau contrôle'), 'nouveau contrôle', 'nouveaux contrôles'));
  return parts.length === 0 ? 'Aucun changement entre les deux runs.' : `${parts.join(', ')}.`;
}
