// A table as every format shows it: the report's rows, the cells masked by statistical secrecy and
// the sentence stating the rule. Built once, so the deck, the workbook and the CSVs mask alike.
import type { PublishedTables, Row } from '../core';
import { partnerMasks, secrecyNote, TABLE_NAMES, type TableMasks, type TableName, type TableSpec, tableSpec } from '../core';
import { type ReportScope, scopeRows } from './scope';

export interface ReportTable {
  readonly spec: TableSpec;
  readonly rows: readonly Row[];
  readonly masks: TableMasks;
  /** The statistical secrecy rule applied, one French sentence. */
  readonly secrecy: string;
}

export type ReportTables = Record<TableName, ReportTable>;

/**
 * `threshold`: the `--secret` value, undefined for an internal report with nothing masked. With a
 * threshold, each table's masks are audited: throws a `SecrecyBreach` (a `ReportError`) if a masked
 * figure could be recomputed from what the table shows.
 */
export function buildReportTables(tables: PublishedTables, scope: ReportScope, threshold?: number): ReportTables {
  const build = (name: TableName): ReportTable => {
    const rows = scopeRows(name, tables[name], scope);
    // Every partner report goes through here: a disclosed figure stops it before any write.
    const masks = partnerMasks(name, rows, threshold ?? 0);
    return { spec: tableSpec(name), rows, masks, secrecy: secrecyNote(name, threshold) };
  };
  const result = {} as Record<TableName, ReportTable>;
  for (const name of TABLE_NAMES) result[name] = build(name);
  return result;
}

export function isMasked(table: ReportTable, rowIndex: number, column: string): boolean {
  return table.masks[rowIndex]?.has(column) ?? false;
}
