// Why a deck's figure differs from the data, when the figure itself tells: the errors found in the
// June 2024 deck are of a few kinds, each recognised here by recomputing it.
// - a total row that adds the departments' means, minima or maxima (or their wrong sums);
// - the value of another column of the same row (the patientèle de référence in the MT cell);
// - a count that the row's own sums and means contradict;
// - a sum that is not the sum of its parts on the same deck row, and a mean taken from it;
// - the value of another cell of the same deck row (the mean shown again as the minimum).

import type { Row } from '../../core';
import { departementsOf, formatDecimal, formatEuro, formatInteger, formatPercent, formatValue, tableSpec } from '../../core';
import type { DeckFigure } from './deck-figures';
import { agrees, rowKey, shownUnit, type VerifyContext } from './figure-match';
import { meanOf, relationsOf } from './relations';

/** A recomputed value shown with the digits the deck's figure shows. */
function show(figure: DeckFigure, value: number): string {
  const digits = figure.decimals;
  if (figure.column.unit === 'euro') return digits === 2 ? formatEuro(value) : `${formatDecimal(value, digits)}\u00a0€`;
  if (figure.column.unit === 'percent') return formatPercent(value, digits);
  return formatDecimal(value, digits);
}

function labelOf(figure: DeckFigure, column: string): string {
  return tableSpec(figure.table).values.find((c) => c.name === column)?.label ?? column;
}

/** Departments of a region (or every department, for France) of the published table's rows. */
function departmentRows(figure: DeckFigure, ctx: VerifyContext): Row[] {
  const { niveau, code } = figure.keys;
  if (niveau !== 'region' && niveau !== 'france') return [];
  const inArea = niveau === 'region' ? new Set(departementsOf(code!).map((d) => d.code)) : undefined;
  const sameOther = (row: Row) =>
    tableSpec(figure.table).keys.every((key) => ['niveau', 'code'].includes(key.name) || String(row[key.name]) === figure.keys[key.name]);
  return ctx.tables[figure.table].filter((row) => row.niveau === 'departement' && (!inArea || inArea.has(String(row.code))) && sameOther(row));
}

function aggregateWords(figure: DeckFigure): string | undefined {
  const name = figure.column.name;
  if (name === 'minimum') return 'somme des minima départementaux';
  if (name === 'maximum') return 'somme des maxima départementaux';
  if (figure.column.unit === 'mean' || name.includes('moyenne')) return 'somme des moyennes départementales';
  return undefined;
}

function totalOfDepartments(figure: DeckFigure, ctx: VerifyContext): string | null {
  const rows = departmentRows(figure, ctx);
  if (rows.length < 2) return null;
  const own = ctx.computedRow(figure)?.[figure.column.name];
  const correct = typeof own === 'number' ? `, au lieu de ${show(figure, own)}` : '';
  const words = aggregateWords(figure);
  const deck = rows.map((row) =>
    ctx.figures.find((f) => f.table === figure.table && f.column.name === figure.column.name && rowKey(f.table, f.keys) === rowKey(f.table, row)),
  );
  if (deck.every((f) => f !== undefined)) {
    const sum = deck.reduce((total, f) => total + f!.value, 0);
    if (agrees(figure, sum, Math.max(shownUnit(figure), ...deck.map((f) => shownUnit(f!))))) {
      if (words) return `${words} du deck (${show(figure, sum)})${correct}`;
      const wrong = deck.filter((f) => {
        const value = ctx.computedRow(f!)?.[f!.column.name];
        return typeof value === 'number' && !agrees(f!, value);
      });
      if (wrong.length > 0) {
        return `somme des lignes départementales du deck (${show(figure, sum)}), qui reprend l’erreur de ${wrong.map((f) => f!.keys.code).join(', ')}${correct}`;
      }
    }
  }
  if (!words) return null;
  const values = rows.map((row) => row[figure.column.name]).filter((value): value is number => typeof value === 'number');
  if (values.length !== rows.length) return null;
  const sum = values.reduce((total, value) => total + value, 0);
  // Each department's figure may have been rounded to the shown digit before being added.
  return agrees(figure, sum, shownUnit(figure) * (1 + values.length / 2)) ? `${words} (${show(figure, sum)})${correct}` : null;
}

function otherComputedColumn(figure: DeckFigure, ctx: VerifyContext): string | null {
  const row = ctx.computedRow(figure);
  if (!row) return null;
  for (const column of tableSpec(figure.table).values) {
    const value = row[column.name];
    if (column.name !== figure.column.name && typeof value === 'number' && agrees(figure, value)) {
      return `valeur de la colonne « ${column.label} » (${formatValue(value, column.unit)})`;
    }
  }
  return null;
}

function countFromDeckRow(figure: DeckFigure, ctx: VerifyContext): string | null {
  const count = relationsOf(figure.table).count;
  if (!count || count.column !== figure.column.name) return null;
  const cells = new Map(ctx.deckRow(figure).map((f) => [f.column.name, f]));
  const votes = new Map<number, string>();
  const tally = new Map<number, number>();
  for (const [sum, mean] of count.ratios) {
    const s = cells.get(sum);
    const m = cells.get(mean);
    if (!s || !m || m.value === 0) continue;
    const ratio = s.value / m.value;
    const whole = Math.round(ratio);
    if (Math.abs(ratio - whole) > 0.1 || whole <= 0) continue;
    tally.set(whole, (tally.get(whole) ?? 0) + 1);
    if (!votes.has(whole)) votes.set(whole, `${s.written} ÷ ${m.written}`);
  }
  const best = [...tally.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best || best[0] === figure.value) return null;
  return `les sommes et moyennes de la même ligne du deck donnent ${formatInteger(best[0])} (${votes.get(best[0])})`;
}

function brokenIdentity(figure: DeckFigure, ctx: VerifyContext): string | null {
  const identity = relationsOf(figure.table).identities.find((i) => i.column === figure.column.name);
  if (!identity) return null;
  const cells = new Map(ctx.deckRow(figure).map((f) => [f.column.name, f]));
  const parts = identity.parts.map((name) => cells.get(name));
  if (parts.some((part) => part === undefined)) return null;
  const sum = parts.reduce((total, part) => total + part!.value, 0);
  if (agrees(figure, sum)) return null;
  return `la même ligne du deck donne ${identity.parts.map((name) => labelOf(figure, name)).join(' + ')} = ${show(figure, sum)}`;
}

function meanOfDeckSum(figure: DeckFigure, ctx: VerifyContext): string | null {
  const pair = meanOf(figure.table, figure.column.name);
  const row = ctx.computedRow(figure);
  if (!pair || !row) return null;
  const sum = ctx.deckRow(figure).find((f) => f.column.name === pair.sum);
  const count = row[pair.count];
  const computedSum = row[pair.sum];
  if (!sum || typeof count !== 'number' || count === 0 || typeof computedSum !== 'number' || agrees(sum, computedSum)) return null;
  const mean = sum.value / count;
  return agrees(figure, mean) ? `moyenne calculée sur la somme fausse du deck (${sum.written} ÷ ${formatInteger(count)})` : null;
}

function sameAsDeckCell(figure: DeckFigure, ctx: VerifyContext): string | null {
  const other = ctx.deckRow(figure).find((f) => f !== figure && f.value === figure.value && f.column.name !== figure.column.name);
  return other ? `même valeur que la cellule « ${other.column.label} » de la même ligne du deck` : null;
}

export function likelyCause(figure: DeckFigure, ctx: VerifyContext): string | null {
  return (
    totalOfDepartments(figure, ctx) ??
    otherComputedColumn(figure, ctx) ??
    countFromDeckRow(figure, ctx) ??
    brokenIdentity(figure, ctx) ??
    meanOfDeckSum(figure, ctx) ??
    sameAsDeckCell(figure, ctx)
  );
}
