// Applies statistical secrecy to one published table: per slice of rows that add up together
// (same year, structure type, profession…), primary cells from the rule, then secondary cells
// until no masked figure can be computed back from the totals or the other cells of its row.
import { departement } from '../../pipeline/geography';
import { tableSpec, type TableName } from '../../pipeline/schema';
import type { Row } from '../../pipeline/publish/published-tables';
import type { Relation } from './linear-audit';
import { suppressCells, type SuppressionCell } from './suppress';
import { SECRECY_RULES, type SecrecyRule } from './table-rules';

/** For each row (same index), the names of its masked columns. */
export type TableMasks = readonly ReadonlySet<string>[];

const cellKey = (row: number, column: string) => `${row}:${column}`;

export function maskTable(name: TableName, rows: readonly Row[], threshold: number): TableMasks {
  const masks = rows.map(() => new Set<string>());
  const rule = SECRECY_RULES[name];
  if (!rule || threshold <= 1) return masks;
  for (const slice of slices(name, rows, rule)) {
    for (const key of maskSlice(name, rule, rows, slice, threshold)) {
      const [row, column] = splitKey(key);
      masks[row]!.add(column);
    }
  }
  const aggregates = rule.aggregateRows;
  if (aggregates) {
    rows.forEach((row, index) => {
      if (!aggregates.values.includes(String(row[aggregates.column]))) return;
      for (const column of rule.fromStructures) if (row[column] !== null && row[column] !== undefined) masks[index]!.add(column);
    });
  }
  return masks;
}

function splitKey(key: string): [number, string] {
  const at = key.indexOf(':');
  return [Number(key.slice(0, at)), key.slice(at + 1)];
}

/** The keys of a table but the area (niveau, code). */
function otherKeys(name: TableName): string[] {
  return tableSpec(name)
    .keys.map((column) => column.name)
    .filter((column) => column !== 'niveau' && column !== 'code');
}

const idOf = (row: Row, keys: readonly string[]) => JSON.stringify(keys.map((column) => row[column]));

/**
 * Row indexes that add up together: grouped by every key but the area and the keys along which
 * rows add up (`keyTotals`), since a mask must hold against every one of those sums at once.
 */
function slices(name: TableName, rows: readonly Row[], rule: SecrecyRule): number[][] {
  const summed = new Set((rule.keyTotals ?? []).map((total) => total.key));
  const groupKeys = otherKeys(name).filter((column) => !summed.has(column));
  const groups = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const id = idOf(row, groupKeys);
    groups.set(id, [...(groups.get(id) ?? []), index]);
  });
  return [...groups.values()];
}

/** The total row each row adds into: its region for a department, France for a region. */
function parentOf(row: Row, slice: readonly number[], rows: readonly Row[], keys: readonly string[]): number | undefined {
  const code = String(row.code);
  const wanted =
    row.niveau === 'departement'
      ? { niveau: 'region', code: departement(code)?.region }
      : row.niveau === 'region'
        ? { niveau: 'france', code: undefined }
        : undefined;
  if (!wanted) return undefined;
  const id = idOf(row, keys);
  return slice.find((index) => {
    const candidate = rows[index]!;
    return candidate.niveau === wanted.niveau && (wanted.code === undefined || candidate.code === wanted.code) && idOf(candidate, keys) === id;
  });
}

/** Σ parts = total along each key of `keyTotals`, per area and values of the other keys. */
function keyTotalRelations(name: TableName, rule: SecrecyRule, rows: readonly Row[], slice: readonly number[]): { relations: Relation[]; totals: Set<number> } {
  const relations: Relation[] = [];
  const totals = new Set<number>();
  for (const { key, total, parts } of rule.keyTotals ?? []) {
    const otherTotals = new Set((rule.keyTotals ?? []).filter((other) => other.key === key && other.total !== null).map((other) => other.total));
    const isPart = (value: string) => (parts ? parts.includes(value) : !otherTotals.has(value));
    const keys = ['niveau', 'code', ...otherKeys(name).filter((column) => column !== key)];
    const groups = new Map<string, number[]>();
    for (const index of slice) groups.set(idOf(rows[index]!, keys), [...(groups.get(idOf(rows[index]!, keys)) ?? []), index]);
    for (const [id, members] of groups) {
      const partRows = members.filter((index) => isPart(String(rows[index]![key])));
      const totalRow = total === null ? undefined : members.find((index) => rows[index]![key] === total);
      if (partRows.length === 0 || (total !== null && totalRow === undefined)) continue;
      if (totalRow !== undefined) totals.add(totalRow);
      for (const column of rule.additive) {
        // A public sum that is no row of the table: a cell no one masks.
        const whole = totalRow === undefined ? `known:${key}:${id}:${column}` : cellKey(totalRow, column);
        relations.push({ terms: [{ cell: whole, coef: 1 }, ...partRows.map((index) => ({ cell: cellKey(index, column), coef: -1 }))] });
      }
    }
  }
  return { relations, totals };
}

function maskSlice(name: TableName, rule: SecrecyRule, rows: readonly Row[], slice: readonly number[], threshold: number): Set<string> {
  const small = (value: number) => value >= 1 && value < threshold;
  const numberAt = (index: number, column: string): number | null => {
    const value = rows[index]![column];
    return typeof value === 'number' ? value : null;
  };
  const keys = otherKeys(name);
  const parents = new Map<number, number | undefined>(slice.map((index) => [index, parentOf(rows[index]!, slice, rows, keys)]));
  const byKey = keyTotalRelations(name, rule, rows, slice);
  const isTotal = (index: number) => [...parents.values()].includes(index) || byKey.totals.has(index);

  const cells: SuppressionCell[] = [];
  const primary: string[] = [];
  const links: string[][] = [];
  for (const index of slice) {
    for (const column of rule.fromStructures) {
      const value = numberAt(index, column);
      if (value === null) continue;
      const base = rule.bases?.[column];
      // A figure whose number of structures is published nowhere: masked unless nil.
      const unknownBase = base === null;
      const weight = unknownBase ? (value !== 0 ? 1 : 0) : (numberAt(index, base ?? rule.weight) ?? 0);
      const key = cellKey(index, column);
      // No structure behind a figure: everyone knows it is nil, so masking it would hide nothing.
      cells.push({ key, row: index, value, total: isTotal(index), maskable: weight > 0 || (rule.maskableZeros === true && !unknownBase) });
      const counted = rule.patientCounts.includes(column) || (rule.structureCounts ?? []).includes(column);
      if ((unknownBase && value !== 0) || small(weight) || (counted && small(value))) primary.push(key);
    }
    for (const group of rule.links) {
      links.push(group.filter((column) => numberAt(index, column) !== null).map((column) => cellKey(index, column)));
    }
  }

  const relations: Relation[] = [...byKey.relations];
  for (const index of slice) {
    for (const [total, ...parts] of rule.rowSums) {
      relations.push({
        terms: [
          { cell: cellKey(index, total), coef: 1 },
          ...parts.map((part) => ({ cell: cellKey(index, part), coef: -1 })),
        ],
      });
    }
  }
  for (const parent of new Set(parents.values())) {
    if (parent === undefined) continue;
    const children = slice.filter((index) => parents.get(index) === parent);
    for (const column of rule.additive) {
      relations.push({
        terms: [
          { cell: cellKey(parent, column), coef: 1 },
          ...children.map((child) => ({ cell: cellKey(child, column), coef: -1 })),
        ],
      });
    }
  }
  const masked = suppressCells({ cells, relations, links, primary });

  // Deepest rows first, so a region's extreme masked because of a department masks France's too.
  const byDepth = [...slice].sort((a, b) => depth(rows[a]!) - depth(rows[b]!));
  for (const index of byDepth) {
    const parent = parents.get(index);
    if (parent === undefined) continue;
    for (const column of rule.extremes) {
      if (masked.has(cellKey(index, column)) && numberAt(parent, column) !== null) masked.add(cellKey(parent, column));
    }
  }
  return masked;
}

function depth(row: Row): number {
  return row.niveau === 'departement' ? 0 : row.niveau === 'region' ? 1 : 2;
}
