// What a reader can write from a release: every figure standing on structures is a cell, and every
// relation between figures (totals, row identities, means × public counts, bounds, relations
// between tables) a linear equation or inequality. Public counts are known numbers, so
// `mean × count = sum` stays linear. A masked cell is safe when the system leaves it free over a
// wide enough interval on both sides.
import { departement } from '../geography';
import type { Row } from '../published/published-tables';
import { type TableName, tableSpec } from '../schema';
import { coveringConstraints } from './covering';
import { pushTo } from './multimap';
import type { ReleaseRows } from './release-rows';
import { baseOf, ceilingOf, type MeanRule, type SecrecyRule, shownColumns } from './rule';
import { secrecyRule } from './table-secrecy';

export interface SystemCell {
  readonly key: string;
  readonly row: number;
  readonly column: string;
  readonly value: number;
  /** A region or France row: masked only as a last resort, partners need them. */
  readonly total: boolean;
  /** False when no structure stands behind it: everyone knows it is nil or empty. */
  readonly maskable: boolean;
  /** May be negative. */
  readonly signed: boolean;
  /** A count: a reader rounds its admissible range to whole numbers. */
  readonly integer: boolean;
  /**
   * What a reader knows of it from public counts alone, masked or not (professionals ≥ the
   * structures counting one; structures reaching an indicator ≤ those computed): no mask can
   * protect it beyond these, so the p % rule asks for no more.
   */
  readonly floor: number;
  readonly ceiling: number;
}

/** A published figure that is never masked (a public count), cited when it reveals a cell. */
export interface PublicFigure {
  readonly row: number;
  readonly column: string;
}

/** Σ coef × cell + constant, equal to 0 (`eq`) or at most 0 (`le`), over the true values. */
export interface Constraint {
  readonly terms: readonly { readonly cell: string; readonly coef: number }[];
  readonly constant: number;
  readonly sense: 'eq' | 'le';
  readonly figures: readonly PublicFigure[];
  /** A shown cell whose value is one of the coefficients: the relation exists only while it is shown. */
  readonly requires?: string;
}

export interface PublishedSystem {
  readonly release: ReleaseRows;
  readonly cells: ReadonlyMap<string, SystemCell>;
  readonly constraints: readonly Constraint[];
  /** Cells showing the same information (a mean and its sum): masked together. */
  readonly links: readonly (readonly string[])[];
  /** Cells the threshold rule (or an earlier release) masks, with the reason in French. */
  readonly primary: ReadonlyMap<string, string>;
  /** Largest absolute value of the system: the audit works on values scaled by it. */
  readonly scale: number;
}

/** Rows of one table that add up together, by global index. */
export interface Slice {
  readonly table: TableName;
  readonly rows: readonly number[];
}

export const cellKey = (row: number, column: string) => `${row}:${column}`;

export function splitKey(key: string): [number, string] {
  const at = key.indexOf(':');
  return [Number(key.slice(0, at)), key.slice(at + 1)];
}

function acrossKeys(rule: SecrecyRule): string[] {
  return [...new Set([...rule.shares.map((share) => share.across), ...rule.categoryTotals.map((total) => total.across)])];
}

/**
 * A table's rows that add up together: every key but the area (niveau, code) and share dimensions
 * equal. `byRegion`: each region's rows (its departments and itself) apart, France rows apart,
 * without the relation France = Σ regions (the greedy search works region by region).
 */
export function tableSlices(release: ReleaseRows, table: TableName, byRegion = false, ruleOf: RuleOf = secrecyRule): Slice[] {
  const rule = ruleOf(table);
  if (!rule) return [];
  // A share or a category total ties the rows of one area across a key: they belong to one slice.
  const across = acrossKeys(rule);
  const groupKeys = tableSpec(table)
    .keys.map((column) => column.name)
    .filter((column) => column !== 'niveau' && column !== 'code' && !across.includes(column));
  const groups = new Map<string, number[]>();
  release.rows.forEach((row, index) => {
    if (release.tables[index] !== table) return;
    const keys = groupKeys.map((column) => row[column]);
    const id = JSON.stringify(byRegion ? [...keys, regionOf(row)] : keys);
    pushTo(groups, id, index);
  });
  return [...groups.values()].map((rows) => ({ table, rows }));
}

function regionOf(row: Row): string {
  if (row.niveau === 'departement') return departement(String(row.code))?.region ?? '';
  return row.niveau === 'region' ? String(row.code) : String(row.niveau);
}

/**
 * The total rows of the slice, each with the rows adding into it: a region's departments, France's
 * regions (a part adds into the first such row with the same inner keys). Looked up by key: a
 * search per row was quadratic, seconds on a slice of France.
 */
function partsOf(slice: readonly number[], rows: readonly Row[], inner: readonly string[]): Map<number, number[]> {
  const keyOf = (niveau: unknown, code: unknown, row: Row) =>
    JSON.stringify([niveau, niveau === 'france' ? null : code, ...inner.map((key) => row[key] ?? null)]);
  const totals = new Map<string, number>();
  for (const index of slice) {
    const row = rows[index]!;
    if (row.niveau !== 'region' && row.niveau !== 'france') continue;
    const key = keyOf(row.niveau, row.code, row);
    if (!totals.has(key)) totals.set(key, index);
  }
  const parts = new Map<number, number[]>();
  for (const index of slice) {
    const row = rows[index]!;
    const parent =
      row.niveau === 'departement'
        ? totals.get(keyOf('region', departement(String(row.code))?.region, row))
        : row.niveau === 'region'
          ? totals.get(keyOf('france', null, row))
          : undefined;
    if (parent !== undefined) pushTo(parts, parent, index);
  }
  return parts;
}

/** Each table's rule: the declarations' (a unit test may declare its own). */
export type RuleOf = (table: TableName) => SecrecyRule | null;

export type AddConstraint = (terms: [number, string, number][], sense: 'eq' | 'le', constant?: number, figures?: PublicFigure[], requires?: string) => void;

/**
 * The system of some slices of a release (those tied together by relations between tables),
 * at the threshold `threshold`; `seed`: cells masked by an earlier release, kept masked.
 */
export function buildSystem(
  release: ReleaseRows,
  slices: readonly Slice[],
  threshold: number,
  seed?: ReadonlyMap<string, string>,
  ruleOf: RuleOf = secrecyRule,
): PublishedSystem {
  const cells = new Map<string, SystemCell>();
  const primary = new Map<string, string>();
  const constraints: Constraint[] = [];
  const links: string[][] = [];
  const add: AddConstraint = (terms, sense, constant = 0, figures = [], requires) => {
    constraints.push({
      terms: terms.map(([row, column, coef]) => ({ cell: cellKey(row, column), coef })),
      constant,
      sense,
      figures,
      ...(requires ? { requires } : {}),
    });
  };
  for (const slice of slices) addSlice(release, slice, threshold, ruleOf(slice.table)!, { cells, primary, links, add });
  coveringConstraints(release, slices, cells, add);
  for (const [key, reason] of seed ?? []) if (cells.get(key)?.maskable && !primary.has(key)) primary.set(key, reason);
  const scale = Math.max(1, ...[...cells.values()].map((cell) => Math.abs(cell.value)));
  return { release, cells, constraints, links, primary, scale };
}

interface Accumulator {
  readonly cells: Map<string, SystemCell>;
  readonly primary: Map<string, string>;
  readonly links: string[][];
  readonly add: AddConstraint;
}

function addSlice(
  release: ReleaseRows,
  { table, rows: slice }: Slice,
  threshold: number,
  rule: SecrecyRule,
  { cells, primary, links, add }: Accumulator,
): void {
  const rows = release.rows;
  const numberAt = (index: number, column: string): number | null => {
    const value = rows[index]![column];
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  };
  const inner = acrossKeys(rule);
  const totals = partsOf(slice, rows, inner);
  const small = (value: number | null) => value !== null && value >= 1 && value < threshold;
  const counts = new Set(
    tableSpec(table)
      .values.filter((column) => column.unit === 'count')
      .map((column) => column.name),
  );

  const shown = new Set(shownColumns(rule));
  for (const index of slice) {
    const rowWeight = numberAt(index, rule.weight) ?? 0;
    for (const column of shown) {
      const value = numberAt(index, column);
      if (value === null) continue;
      const key = cellKey(index, column);
      const base = baseOf(rule, column);
      const weight = base === null || base === undefined ? null : (numberAt(index, base) ?? 0);
      // No structure behind a figure: everyone knows it is nil, so masking it would hide nothing.
      // A figure over an unpublished number of the row's structures rests on at most all of them;
      // over a count that is itself a figure (an amount over the structures reaching an indicator),
      // its nil is known only where that count is shown (a relation below), so it stands on the
      // row's structures.
      const baseIsFigure = base !== null && base !== undefined && base !== column && shown.has(base);
      const maskable = weight === null || baseIsFigure ? value !== 0 || rowWeight > 0 : weight > 0 || rule.maskableZeros;
      const signed = rule.signed.includes(column);
      // A count that is itself a figure may be masked: it bounds this one through a relation
      // below, never as a public floor.
      const floors = rule.atLeast
        .filter((bound) => bound.column === column && !shown.has(bound.count))
        .map((bound) => (bound.per ?? 1) * (numberAt(index, bound.count) ?? 0));
      const ceiling = ceilingOf(rule, column);
      const countBase = ceiling ? numberAt(index, ceiling) : null;
      cells.set(key, {
        key,
        row: index,
        column,
        value,
        total: totals.has(index),
        maskable,
        signed,
        integer: counts.has(column),
        floor: Math.max(signed ? -Infinity : 0, ...floors),
        ceiling: countBase ?? Infinity,
      });
      if (!maskable) continue;
      // A figure resting on 1 to n−1 structures is protected whatever its value, zero included.
      if (weight === null && small(rowWeight)) primary.set(key, `calculée sur au plus ${rowWeight} structure${rowWeight > 1 ? 's' : ''}`);
      else if (weight === null && value !== 0) primary.set(key, 'une valeur dont le nombre de structures n’est pas publié');
      else if (small(weight)) primary.set(key, `calculée sur ${weight} structure${weight! > 1 ? 's' : ''}`);
      else if (rule.patientCounts.includes(column) && small(value)) primary.set(key, `un décompte de ${value} patient${value > 1 ? 's' : ''}`);
      else if (rule.structureCounts.includes(column) && small(value)) primary.set(key, `un décompte de ${value} structure${value > 1 ? 's' : ''}`);
    }
  }
  const has = (index: number, column: string) => cells.has(cellKey(index, column));
  // A mean's public bounds are its sum's over the count.
  for (const index of slice) {
    for (const mean of rule.means) {
      const count = countOf(mean, rows[index]!);
      const sum = cells.get(cellKey(index, mean.sum));
      const key = cellKey(index, mean.mean);
      const cell = cells.get(key);
      if (count !== null && count > 0 && sum && cell)
        cells.set(key, { ...cell, floor: Math.max(cell.floor, sum.floor / count), ceiling: Math.min(cell.ceiling, sum.ceiling / count) });
    }
  }

  // Totals: a region (France) row is the sum of its departments (regions), column by column.
  for (const [parent, children] of totals) {
    for (const column of rule.sums) {
      if (!has(parent, column)) continue;
      add([[parent, column, 1], ...children.filter((child) => has(child, column)).map((child): [number, string, number] => [child, column, -1])], 'eq');
    }
  }
  for (const index of slice) {
    for (const [total, ...parts] of rule.rowSums) {
      if (![total, ...parts].every((column) => has(index, column))) continue;
      add([[index, total, 1], ...parts.map((part): [number, string, number] => [index, part, -1])], 'eq');
    }
    for (const mean of rule.means) {
      const count = countOf(mean, rows[index]!);
      if (count === null || count <= 0 || !has(index, mean.mean) || !has(index, mean.sum)) continue;
      const figures = [{ row: index, column: typeof mean.count === 'string' ? mean.count : rule.weight }];
      add(
        [
          [index, mean.sum, 1],
          [index, mean.mean, -count],
        ],
        'eq',
        0,
        figures,
      );
      links.push([cellKey(index, mean.sum), cellKey(index, mean.mean)]);
    }
    for (const { low, high } of rule.atMost) {
      if (has(index, low) && has(index, high))
        add(
          [
            [index, low, 1],
            [index, high, -1],
          ],
          'le',
        );
    }
    // A figure over a count that is itself a figure is nil while that count is shown as nil (no
    // structure reached the indicator: nothing was paid for it).
    for (const column of shown) {
      const base = rule.bases[column];
      if (!base || base === column || !has(index, base) || !has(index, column) || numberAt(index, base) !== 0) continue;
      add([[index, column, 1]], 'le', 0, [], cellKey(index, base));
    }
    for (const { column, count, per = 1 } of rule.atLeast) {
      const known = numberAt(index, count);
      if (known === null || !has(index, column)) continue;
      if (!has(index, count)) add([[index, column, -1]], 'le', per * known, [{ row: index, column: count }]);
      // Between two figures, stated only where the true values satisfy it.
      else if (per * known <= cells.get(cellKey(index, column))!.value + 1e-9)
        add(
          [
            [index, count, per],
            [index, column, -1],
          ],
          'le',
        );
    }
    // A count of structures is at most the structures it counts (those reaching an indicator ≤
    // those whose remuneration was computed), a public number.
    for (const column of rule.structureCounts) {
      const ceiling = ceilingOf(rule, column);
      if (!ceiling || !has(index, column)) continue;
      const known = numberAt(index, ceiling);
      if (known !== null) add([[index, column, 1]], 'le', -known, [{ row: index, column: ceiling }]);
    }
  }

  // Category totals: within an area, the total category's row = Σ its parts' rows (absent: none).
  const areaRows = new Map<string, number[]>();
  for (const index of slice) {
    const id = `${rows[index]!.niveau}:${rows[index]!.code}`;
    pushTo(areaRows, id, index);
  }
  for (const { across, total, parts, columns } of rule.categoryTotals) {
    const otherTotals = new Set(rule.categoryTotals.filter((other) => other.across === across && other.total !== null).map((other) => other.total));
    const isPart = (value: string) => (parts ? parts.includes(value) : !otherTotals.has(value));
    const others = inner.filter((key) => key !== across);
    for (const members of areaRows.values()) {
      // Within an area, the rows equal on the slice's other inner keys add up along `across`.
      const groups = new Map<string, number[]>();
      for (const index of members) {
        const id = JSON.stringify(others.map((key) => rows[index]![key]));
        pushTo(groups, id, index);
      }
      for (const group of groups.values()) {
        const totalRow = total === null ? undefined : group.find((index) => rows[index]![across] === total);
        if (total !== null && totalRow === undefined) continue;
        const partRows = group.filter((index) => isPart(String(rows[index]![across])));
        for (const column of columns ?? rule.sums) {
          const present = partRows.filter((index) => has(index, column));
          // No part shown in this area (MSP have no category): no relation, whatever the total is;
          // "total = 0" would hold for a nil total and tell a reader what it is.
          if (present.length === 0) continue;
          const terms = present.map((index): [number, string, number] => [index, column, -1]);
          if (totalRow !== undefined) {
            if (!has(totalRow, column)) continue;
            // The total may count structures of no category (MSP have none at all): a reader then
            // knows only total ≥ Σ parts. Stated as an equation only where it holds, since a false
            // one (MSP: total = 0) would pin the total and leave nothing to mask.
            const sum = present.reduce((acc, index) => acc + cells.get(cellKey(index, column))!.value, 0);
            const gap = cells.get(cellKey(totalRow, column))!.value - sum;
            if (Math.abs(gap) <= 1e-9 * Math.max(1, Math.abs(sum))) add([[totalRow, column, 1], ...terms], 'eq');
            else add([[totalRow, column, -1], ...terms.map(([row, col]): [number, string, number] => [row, col, 1])], 'le');
          } else {
            // A public sum that is no row of the table: a known constant.
            const known = present.reduce((sum, index) => sum + cells.get(cellKey(index, column))!.value, 0);
            add(terms, 'eq', known);
            // Each part is at most that public sum: a reader knows it whatever is masked.
            for (const index of present) {
              const cell = cells.get(cellKey(index, column))!;
              if (!cell.signed) cells.set(cell.key, { ...cell, ceiling: Math.min(cell.ceiling, known) });
            }
          }
        }
      }
    }
  }

  // Shares: scale × part_i − share_i × Σ_j part_j = 0 over the rows of one area equal on the
  // slice's other inner keys (an indicator's weight in its own CDS group, not in every group of
  // the slice), while share_i is shown.
  for (const { share, part, scale, across } of rule.shares) {
    const others = inner.filter((key) => key !== across);
    for (const members of areaRows.values()) {
      const groups = new Map<string, number[]>();
      for (const index of members) {
        if (!has(index, part)) continue;
        const id = JSON.stringify(others.map((key) => rows[index]![key]));
        pushTo(groups, id, index);
      }
      for (const parts of groups.values()) {
        for (const index of parts) {
          if (!has(index, share)) continue;
          const value = cells.get(cellKey(index, share))!.value;
          const terms = parts.map((other): [number, string, number] => [other, part, other === index ? scale - value : -value]);
          add(terms, 'eq', 0, [{ row: index, column: share }], cellKey(index, share));
        }
      }
    }
  }

  for (const index of slice) {
    for (const group of rule.links) {
      const present = group.filter((column) => has(index, column));
      if (present.length > 1) links.push(present.map((column) => cellKey(index, column)));
    }
    for (const { share, part } of rule.shares) {
      if (has(index, share) && has(index, part)) links.push([cellKey(index, part), cellKey(index, share)]);
    }
  }
}

function countOf(mean: MeanRule, row: Row): number | null {
  if (typeof mean.count === 'function') return mean.count(row);
  const value = row[mean.count];
  return typeof value === 'number' ? value : null;
}
