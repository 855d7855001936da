// A table as every format shows it: the report's rows, the cells masked by statistical secrecy and
// the sentence stating the rule. Built once, so the deck, the workbook and the CSVs mask alike.
import type { PublishedTables, ReleaseMasks, Row } from '../core';
import { secrecyNote, TABLE_NAMES, type TableMasks, type TableName, type TableSpec, tableSpec } from '../core';
import { type ReportScope, scopeRows } from './scope';

export interface ReportTable {
  readonly spec: TableSpec;
  readonly rows: readonly Row[];
  readonly masks: TableMasks;
  /** The statistical secrecy rule applied, one French sentence. */
  readonly secrecy: string;
}

export type ReportTables = Record<TableName, ReportTable>;

/** A partner report's secrecy: its threshold and its release's masks (of the published tables' rows). */
export interface ReportSecrecy {
  readonly threshold: number;
  readonly masks: ReleaseMasks;
}

/**
 * The report's rows of each table, with the masks its release decided for them (nothing masked for
 * an internal report, `secrecy` undefined). The report shows a part of its release's rows, and so
 * less than the release the masks were audited against.
 */
export function buildReportTables(tables: PublishedTables, scope: ReportScope, secrecy?: ReportSecrecy): ReportTables {
  const build = (name: TableName): ReportTable => {
    const masksOf = new Map<Row, ReadonlySet<string>>();
    tables[name].forEach((row, index) => {
      const masked = secrecy?.masks[name]?.[index];
      if (masked && masked.size > 0) masksOf.set(row, masked);
    });
    const rows = scopeRows(name, tables[name], scope);
    const masks = rows.map((row) => masksOf.get(row) ?? new Set<string>());
    return { spec: tableSpec(name), rows, masks, secrecy: secrecyNote(name, secrecy?.threshold) };
  };
  const result = {} as Record<TableName, ReportTable>;
  for (const name of TABLE_NAMES) result[name] = build(name);
  return result;
}

export function isMasked(table: ReportTable, rowIndex: number, column: string): boolean {
  return table.masks[rowIndex]?.has(column) ?? false;
}
