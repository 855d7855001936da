// A published table as a person reads it in French Excel: French column labels, the area's name
// beside its code, codes kept as text, figures as numbers with a decimal comma.
import { toExcelCsv, type Cell } from '../format';
import { areaName } from '../geography';
import { PROFESSIONS, PROGRAMMES, columnsOf, type TableName } from '../schema';
import type { Row } from './published-tables';

const LABELS: Record<string, Record<string, string>> = {
  niveau: { departement: 'Département', region: 'Région', france: 'France' },
  profession: PROFESSIONS,
  programme: PROGRAMMES,
};

/** Header and rows of cells for a published table, ready for a CSV or a sheet. */
export function excelTableCells(name: TableName, rows: readonly Row[]): Cell[][] {
  const columns = columnsOf(name);
  const header: Cell[] = ['Territoire', ...columns.map((column) => column.label)];
  const body = rows.map((row): Cell[] => [
    areaName(String(row.niveau), String(row.code)),
    ...columns.map((column) => {
      const value = row[column.name] ?? null;
      return typeof value === 'string' ? (LABELS[column.name]?.[value] ?? value) : value;
    }),
  ]);
  return [header, ...body];
}

export function excelTableCsv(name: TableName, rows: readonly Row[]): string {
  return toExcelCsv(excelTableCells(name, rows));
}
