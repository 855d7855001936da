// One table slice as the system of equations and inequalities a reader can write from what it
// publishes. Unknowns are the figures standing on structures (sums, means, extremes); public counts
// (structures, paid structures) are known numbers, so `mean × count = sum` stays linear. A masked
// figure is safe when the system leaves it free over a wide enough interval.
import { departement } from '../geography';
import type { Row } from '../published/published-tables';
import { type TableName, tableSpec } from '../schema';
import { type MeanRule, type SecrecyRule, secretColumns } from './rule';

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
  readonly table: TableName;
  readonly rows: readonly Row[];
  readonly cells: ReadonlyMap<string, SystemCell>;
  readonly constraints: readonly Constraint[];
  /** Cells showing the same information (a mean and its sum): masked together. */
  readonly links: readonly (readonly string[])[];
  /** Each child's extreme with its parent's: the parent's is the smallest (largest) of its children's. */
  readonly extremeParents: ReadonlyMap<string, string>;
  /** Cells the threshold rule masks, with the reason in French. */
  readonly primary: ReadonlyMap<string, string>;
  /** Largest absolute value of the slice: the audit works on values scaled by it. */
  readonly scale: number;
}

function acrossKeys(rule: SecrecyRule): string[] {
  return [...new Set([...rule.shares.map((share) => share.across), ...rule.categoryTotals.map((total) => total.across)])];
}

export const cellKey = (row: number, column: string) => `${row}:${column}`;

export function splitKey(key: string): [number, string] {
  const at = key.indexOf(':');
  return [Number(key.slice(0, at)), key.slice(at + 1)];
}

/** Row indexes that add up together: every key but the area (niveau, code) and share dimensions equal. */
export function slices(name: TableName, rule: SecrecyRule, rows: readonly Row[]): number[][] {
  // A share or a category total ties the rows of one area across a key: they belong to one slice.
  const across = acrossKeys(rule);
  const groupKeys = tableSpec(name)
    .keys.map((column) => column.name)
    .filter((column) => column !== 'niveau' && column !== 'code' && !across.includes(column));
  const groups = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const id = JSON.stringify(groupKeys.map((column) => row[column]));
    groups.set(id, [...(groups.get(id) ?? []), index]);
  });
  return [...groups.values()];
}

/** The total row each row adds into: its region for a department, France for a region. */
function parentOf(row: Row, slice: readonly number[], rows: readonly Row[], inner: readonly string[]): number | undefined {
  const wanted =
    row.niveau === 'departement'
      ? { niveau: 'region', code: departement(String(row.code))?.region }
      : row.niveau === 'region'
        ? { niveau: 'france', code: undefined }
        : undefined;
  if (!wanted) return undefined;
  return slice.find((index) => {
    const candidate = rows[index]!;
    return (
      candidate.niveau === wanted.niveau && (wanted.code === undefined || candidate.code === wanted.code) && inner.every((key) => candidate[key] === row[key])
    );
  });
}

export function buildSystem(table: TableName, rule: SecrecyRule, rows: readonly Row[], slice: readonly number[], threshold: number): PublishedSystem {
  const numberAt = (index: number, column: string): number | null => {
    const value = rows[index]![column];
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  };
  const inner = acrossKeys(rule);
  const parents = new Map(slice.map((index) => [index, parentOf(rows[index]!, slice, rows, inner)]));
  const totals = new Set([...parents.values()].filter((index) => index !== undefined));
  const small = (value: number | null) => value !== null && value >= 1 && value < threshold;
  const secret = secretColumns(rule);
  const counts = new Set(
    tableSpec(table)
      .values.filter((column) => column.unit === 'count')
      .map((column) => column.name),
  );

  const cells = new Map<string, SystemCell>();
  const primary = new Map<string, string>();
  for (const index of slice) {
    for (const column of secret) {
      const value = numberAt(index, column);
      if (value === null) continue;
      const key = cellKey(index, column);
      const base = column in rule.bases ? rule.bases[column] : rule.weight;
      const weight = base === null || base === undefined ? null : (numberAt(index, base) ?? 0);
      // No structure behind a figure: everyone knows it is nil, so masking it would hide nothing.
      const maskable = weight === null ? value !== 0 : weight > 0 || rule.maskableZeros;
      cells.set(key, { key, row: index, column, value, total: totals.has(index), maskable, signed: rule.signed.includes(column), integer: counts.has(column) });
      if (!maskable) continue;
      if (weight === null) primary.set(key, 'une valeur dont le nombre de structures n’est pas publié');
      else if (small(weight)) primary.set(key, `calculée sur ${weight} structure${weight > 1 ? 's' : ''}`);
      else if (rule.patientCounts.includes(column) && small(value)) primary.set(key, `un décompte de ${value} patient${value > 1 ? 's' : ''}`);
      else if (rule.structureCounts.includes(column) && small(value)) primary.set(key, `un décompte de ${value} structure${value > 1 ? 's' : ''}`);
      else if (rule.unpublishedBaseMeans.some((mean) => mean.mean === column)) {
        primary.set(key, 'une moyenne sur un nombre de structures non publié');
      }
    }
  }
  const has = (index: number, column: string) => cells.has(cellKey(index, column));

  const constraints: Constraint[] = [];
  const add = (terms: [number, string, number][], sense: 'eq' | 'le', constant = 0, figures: PublicFigure[] = [], requires?: string) => {
    constraints.push({
      terms: terms.map(([row, column, coef]) => ({ cell: cellKey(row, column), coef })),
      constant,
      sense,
      figures,
      ...(requires ? { requires } : {}),
    });
  };

  // Totals: a region (France) row is the sum of its departments (regions), column by column.
  for (const parent of totals) {
    const children = slice.filter((index) => parents.get(index) === parent);
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
    }
    const weight = numberAt(index, rule.weight) ?? 0;
    const weightFigure = [{ row: index, column: rule.weight }];
    for (const { min, max, sum } of rule.extremes) {
      if (weight < 1 || !has(index, min) || !has(index, max)) continue;
      add(
        [
          [index, min, 1],
          [index, max, -1],
        ],
        'le',
      );
      if (has(index, sum)) {
        // Every amount lies between the extremes: max + (k−1)·min ≤ sum ≤ min + (k−1)·max.
        add(
          [
            [index, max, 1],
            [index, min, weight - 1],
            [index, sum, -1],
          ],
          'le',
          0,
          weightFigure,
        );
        add(
          [
            [index, sum, 1],
            [index, min, -1],
            [index, max, -(weight - 1)],
          ],
          'le',
          0,
          weightFigure,
        );
      }
      const parent = parents.get(index);
      if (parent !== undefined && has(parent, min) && has(parent, max)) {
        add(
          [
            [parent, min, 1],
            [index, min, -1],
          ],
          'le',
        );
        add(
          [
            [index, max, 1],
            [parent, max, -1],
          ],
          'le',
        );
      }
    }
    for (const { mean, within } of rule.unpublishedBaseMeans) {
      if (!within || !has(index, mean) || !has(index, within[0]) || !has(index, within[1])) continue;
      add(
        [
          [index, within[0], 1],
          [index, mean, -1],
        ],
        'le',
      );
      add(
        [
          [index, mean, 1],
          [index, within[1], -1],
        ],
        'le',
      );
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
    for (const { column, count } of rule.atLeast) {
      const known = numberAt(index, count);
      if (known === null || !has(index, column)) continue;
      add([[index, column, -1]], 'le', known, [{ row: index, column: count }]);
    }
  }

  // Category totals: within an area, the total category's row = Σ its parts' rows (absent: none).
  const areaRows = new Map<string, number[]>();
  for (const index of slice) {
    const id = `${rows[index]!.niveau}:${rows[index]!.code}`;
    areaRows.set(id, [...(areaRows.get(id) ?? []), index]);
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
        groups.set(id, [...(groups.get(id) ?? []), index]);
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
          }
        }
      }
    }
  }

  // Shares: scale × part_i − share_i × Σ_j part_j = 0 over the rows of one area, while share_i is shown.
  for (const { share, part, scale } of rule.shares) {
    const byArea = new Map<string, number[]>();
    for (const index of slice) {
      const id = `${rows[index]!.niveau}:${rows[index]!.code}`;
      byArea.set(id, [...(byArea.get(id) ?? []), index]);
    }
    for (const members of byArea.values()) {
      const parts = members.filter((index) => has(index, part));
      for (const index of parts) {
        if (!has(index, share)) continue;
        const value = cells.get(cellKey(index, share))!.value;
        const terms = parts.map((other): [number, string, number] => [other, part, other === index ? scale - value : -value]);
        add(terms, 'eq', 0, [{ row: index, column: share }], cellKey(index, share));
      }
    }
  }

  const links: string[][] = [];
  for (const index of slice) {
    for (const group of rule.links) {
      const present = group.filter((column) => has(index, column));
      if (present.length > 1) links.push(present.map((column) => cellKey(index, column)));
    }
    for (const { share, part } of rule.shares) {
      if (has(index, share) && has(index, part)) links.push([cellKey(index, part), cellKey(index, share)]);
    }
  }
  for (const index of slice) {
    for (const mean of rule.means) {
      const count = countOf(mean, rows[index]!);
      if (count !== null && count > 0 && has(index, mean.mean) && has(index, mean.sum)) {
        links.push([cellKey(index, mean.sum), cellKey(index, mean.mean)]);
      }
    }
  }
  const extremeParents = new Map<string, string>();
  for (const index of slice) {
    const parent = parents.get(index);
    if (parent === undefined) continue;
    for (const { min, max } of rule.extremes) {
      for (const column of [min, max]) {
        if (has(index, column) && has(parent, column)) extremeParents.set(cellKey(index, column), cellKey(parent, column));
      }
    }
  }
  const scale = Math.max(1, ...[...cells.values()].map((cell) => Math.abs(cell.value)));
  return { table, rows, cells, constraints, links, extremeParents, primary, scale };
}

function countOf(mean: MeanRule, row: Row): number | null {
  if (typeof mean.count === 'function') return mean.count(row);
  const value = row[mean.count];
  return typeof value === 'number' ? value : null;
}
