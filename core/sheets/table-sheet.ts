// One published table as a worksheet of the report's workbook: its export columns (codes spelt
// out), department rows then the bold totals, the definition and the secrecy rule under it.
import type { Workbook, Worksheet } from 'exceljs';
import { EXCEL_FORMATS, formatValue } from '../format';
import { exportColumns, exportValue, franceLabel } from '../published/export-columns';
import type { Row } from '../published/published-tables';
import type { TableSpec } from '../schema';
import type { TableMasks } from '../secrecy/release-masks';
import { addSheet } from './sheet';

export interface TableSheetOptions {
  /** Default: the table's declared sheet name. */
  readonly sheetName?: string;
  /** Cells to show as `NS`, per row (from core/secrecy). Default: none. */
  readonly masks?: TableMasks;
  /** Lines under the table after the definition (secrecy rule, source). Default: none. */
  readonly notes?: readonly string[];
  /** Rows of the area's parts, in plain type (default: departments); the totals are bold. */
  readonly isPart?: (row: Row) => boolean;
}

export function addTableSheet(workbook: Workbook, spec: TableSpec, rows: readonly Row[], options: TableSheetOptions = {}): Worksheet {
  const columns = exportColumns(spec);
  const france = franceLabel(rows);
  const isPart = options.isPart ?? ((row: Row) => row.niveau === 'departement');
  return addSheet(workbook, {
    name: options.sheetName ?? spec.sheet,
    columns: columns.map((column) => ({
      label: column.label,
      ...(EXCEL_FORMATS[column.unit] ? { format: EXCEL_FORMATS[column.unit]! } : {}),
      show: (value: number) => formatValue(value, column.unit),
      ...(column.unit === 'year' ? { align: 'center' as const } : {}),
    })),
    lines: rows.map((row, index) => ({
      cells: columns.map((column) => exportValue(row, column, france)),
      masked: (c: number) => options.masks?.[index]?.has(columns[c]!.name) ?? false,
      bold: !isPart(row),
    })),
    notes: [`Définition : ${spec.definition}`, ...(options.notes ?? [])],
  });
}
