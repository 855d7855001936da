// Applies statistical secrecy to one published table: per slice of rows that add up together
// (same year, structure type, profession…), primary cells from the rule, then secondary cells
// until no masked figure can be computed back from the totals or the other cells of its row.
import { departement } from '../../pipeline/geography';
import { tableSpec, type TableName } from '../../pipeline/schema';
import type { Row } from '../../pipeline/publish/published-tables';
import type { Relation } from './linear-audit';
import { suppressCells, type SuppressionCell } from './suppress';
import { PENDING_SECRECY } from './secrecy-note';
import { SECRECY_RULES, type SecrecyRule } from './table-rules';

/** For each row (same index), the names of its masked columns. */
export type TableMasks = readonly ReadonlySet<string>[];

const cellKey = (row: number, column: string) => `${row}:${column}`;

export function maskTable(name: TableName, rows: readonly Row[], threshold: number): TableMasks {
  const masks = rows.map(() => new Set<string>());
  if (PENDING_SECRECY.has(name) && threshold > 1) {
    const figures = tableSpec(name).values.filter((column) => column.unit !== 'text').map((column) => column.name);
    return rows.map(() => new Set(figures));
  }
  const rule = SECRECY_RULES[name];
  if (!rule || threshold <= 1) return masks;
  for (const slice of slices(name, rows)) {
    for (const key of maskSlice(rule, rows, slice, threshold)) {
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

/** Row indexes grouped by every key but the area (niveau, code). */
function slices(name: TableName, rows: readonly Row[]): number[][] {
  const groupKeys = tableSpec(name)
    .keys.map((column) => column.name)
    .filter((column) => column !== 'niveau' && column !== 'code');
  const groups = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const id = JSON.stringify(groupKeys.map((column) => row[column]));
    groups.set(id, [...(groups.get(id) ?? []), index]);
  });
  return [...groups.values()];
}

/** The total row each row adds into: its region for a department, France for a region. */
function parentOf(row: Row, slice: readonly number[], rows: readonly Row[]): number | undefined {
  const code = String(row.code);
  const wanted =
    row.niveau === 'departement'
      ? { niveau: 'region', code: departement(code)?.region }
      : row.niveau === 'region'
        ? { niveau: 'france', code: undefined }
        : undefined;
  if (!wanted) return undefined;
  return slice.find((index) => {
    const candidate = rows[index]!;
    return candidate.niveau === wanted.niveau && (wanted.code === undefined || candidate.code === wanted.code);
  });
}

function maskSlice(rule: SecrecyRule, rows: readonly Row[], slice: readonly number[], threshold: number): Set<string> {
  const small = (value: number) => value >= 1 && value < threshold;
  const numberAt = (index: number, column: string): number | null => {
    const value = rows[index]![column];
    return typeof value === 'number' ? value : null;
  };
  const parents = new Map<number, number | undefined>(slice.map((index) => [index, parentOf(rows[index]!, slice, rows)]));
  const isTotal = (index: number) => [...parents.values()].includes(index);

  const cells: SuppressionCell[] = [];
  const primary: string[] = [];
  const links: string[][] = [];
  for (const index of slice) {
    const weight = numberAt(index, rule.weight) ?? 0;
    for (const column of rule.fromStructures) {
      const value = numberAt(index, column);
      if (value === null) continue;
      const key = cellKey(index, column);
      // No structure behind a figure: everyone knows it is nil, so masking it would hide nothing.
      cells.push({ key, row: index, value, total: isTotal(index), maskable: weight > 0 });
      if (small(weight) || (rule.patientCounts.includes(column) && small(value))) primary.push(key);
    }
    for (const group of rule.links) {
      links.push(group.filter((column) => numberAt(index, column) !== null).map((column) => cellKey(index, column)));
    }
  }

  const relations: Relation[] = [];
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
