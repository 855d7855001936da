// The « Faits marquants »: the largest changes against the previous year among every figure of the
// region the deck shows (every table, programme, group and mean), one sentence each. Changes in
// percent and in points are ranked together by their size relative to where they started
// (evolutionSize): +26 % on a total and +0,5 pt on a 57 % rate are 0,26 and 0,009. A headline's own
// sentence is kept for a figure it speaks of; every other figure gets a generic one. Minima and
// maxima (one structure's amount), a year counted to date and a change from a small start
// (evolution.ts RANKED_FROM) are not ranked; ties with the last one shown are shown too, marked
// ex aequo.

import { formatPeriod, formatValue, roundForPeople } from '../format';
import type { Row } from '../published';
import { keyLabel, unitOf } from '../schema';
import { TABLE_DECLARATIONS, type TableName, tableSpec } from '../tables';
import { areaRows, countedToDate, type StoryContext } from './context';
import { evolution, evolutionKind, evolutionSize, formatEvolution, rankable } from './evolution';
import { type Fact, figureKey } from './headline';

export const HIGHLIGHTS = 5;

/** Columns never ranked: an extreme is one structure's figure. */
const NOT_RANKED = new Set(['minimum', 'maximum']);
const OUTER_KEYS = new Set(['niveau', 'code', 'annee', 'periode']);

/** `CDS – rémunération ACI, Moyenne (Polyvalent)`: what a generic sentence calls a figure. */
function figureLabel(table: TableName, row: Row, columnLabel: string): string {
  const spec = tableSpec(table);
  const inner = spec.keys
    .filter((key) => !OUTER_KEYS.has(key.name) && row[key.name] !== null && row[key.name] !== undefined)
    .map((key) => (key.name === 'indicateur' && typeof row.libelle === 'string' ? row.libelle : keyLabel(key.name, row[key.name])));
  return `${spec.title}, ${columnLabel}${inner.length > 0 ? ` (${inner.join(', ')})` : ''}`;
}

/** The period one year before (`2024-04` → `2023-04`, `2024` → `2023`). */
const yearBefore = (periode: string) => periode.replace(/^\d{4}/, (year) => String(Number(year) - 1));

/** The region's rows of N (or of each indicator's latest period, for programmes) with their row of N−1. */
function pairs(context: StoryContext, table: TableName): [Row, Row][] {
  const rows = areaRows(context, table);
  const spec = tableSpec(table);
  const keys = spec.keys.map((key) => key.name);
  const same = (a: Row, b: Row, except: string) => keys.every((key) => key === except || a[key] === b[key]);
  if (keys.includes('annee')) {
    // Contracts counted to the cut-off date have no like to compare with: the tables hold whole years.
    if (countedToDate(context, spec, context.year)) return [];
    return rows
      .filter((row) => row.annee === context.year)
      .flatMap((row): [Row, Row][] => {
        const before = rows.find((other) => other.annee === context.year - 1 && same(row, other, 'annee'));
        return before ? [[row, before]] : [];
      });
  }
  if (!keys.includes('periode')) return [];
  // A programme: its latest period up to the deck's year, against the same period a year before.
  const latest = new Map<string, Row>();
  for (const row of rows) {
    const periode = String(row.periode);
    if (Number(periode.slice(0, 4)) > context.year) continue;
    const key = keys
      .filter((name) => name !== 'periode')
      .map((name) => String(row[name]))
      .join('|');
    if (!latest.has(key) || String(latest.get(key)!.periode) < periode) latest.set(key, row);
  }
  return [...latest.values()].flatMap((row): [Row, Row][] => {
    const before = rows.find((other) => other.periode === yearBefore(String(row.periode)) && same(row, other, 'periode'));
    return before ? [[row, before]] : [];
  });
}

/** Every change of a table's region figures between N−1 and N, as generic facts. */
function tableFacts(context: StoryContext, table: TableName): Fact[] {
  const figures = context.tables[table];
  if (!figures) return [];
  return pairs(context, table).flatMap(([row, before]) =>
    tableSpec(table)
      .values.filter((column) => !NOT_RANKED.has(column.name))
      .flatMap((column): Fact[] => {
        const unit = unitOf(column, row);
        if (evolutionKind(unit) === null) return [];
        // Compared as shown: 0,0 against 0,0 is no change, whatever the unrounded tails.
        const shown = (value: number | null) => (value === null ? null : roundForPeople(value, unit));
        const change = evolution(unit, shown(figures.value(before, column.name)), shown(figures.value(row, column.name)));
        if (!change) return [];
        const now = typeof row.annee === 'number' ? String(row.annee) : formatPeriod(String(row.periode));
        const then = typeof before.annee === 'number' ? String(before.annee) : formatPeriod(String(before.periode));
        return [
          {
            table,
            key: figureKey(table, row, column.name),
            sentence: `${figureLabel(table, row, column.label)} : ${formatValue(change.to, unit)} en ${now}, ${formatEvolution(change)} par rapport à ${then} (${formatValue(change.from, unit)}).`,
            size: evolutionSize(change),
            ...(rankable(change, unit) ? {} : { small: true }),
          },
        ];
      }),
  );
}

/** Every change the deck shows, largest first (`among`: the tables the deck shows; default: all). */
export function rankedChanges(context: StoryContext, among?: ReadonlySet<TableName>): Fact[] {
  const declarations = TABLE_DECLARATIONS.filter((declaration) => !among || among.has(declaration.name));
  const written = declarations.flatMap((declaration) => declaration.headline.facts(context));
  const keys = new Set(written.map((fact) => fact.key));
  const generic = declarations.flatMap((declaration) => tableFacts(context, declaration.name)).filter((fact) => !keys.has(fact.key));
  return [...written, ...generic].filter((fact) => !fact.small).sort((a, b) => b.size - a.size || a.sentence.localeCompare(b.sentence, 'fr'));
}

// Two changes tie when they read the same: sizes equal to a thousandth of a percent.
const sameSize = (a: Fact, b: Fact) => Math.abs(a.size - b.size) < 5e-6;

/** The `count` largest changes, and those tied with the last one, each tie marked. */
export function highlights(context: StoryContext, count = HIGHLIGHTS, among?: ReadonlySet<TableName>): Fact[] {
  const ranked = rankedChanges(context, among);
  const last = ranked[count - 1];
  const shown = ranked.filter((fact, index) => index < count || (last !== undefined && sameSize(fact, last)));
  return shown.map((fact) => (shown.some((other) => other !== fact && sameSize(other, fact)) ? { ...fact, tie: true } : fact));
}
