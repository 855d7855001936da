// CSV for French Excel: opens by double-click with `;` columns, decimal commas and accents intact.
// Browser-safe (papaparse), so the dashboard's download and the reports write the same bytes.
import Papa from 'papaparse';
import { neutraliseCell } from './safe-cell';

export type Cell = string | number | null | undefined;

const BOM = '\ufeff';

function excelNumber(value: number): string {
  return String(value).replace('.', ',');
}

function excelCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? excelNumber(value) : '';
  return neutraliseCell(value);
}

/**
 * Rows of cells (the first one the header) to a French-Excel CSV text, BOM and CRLF included.
 * Numbers keep all their digits, with no thousands separator, so Excel reads them as numbers.
 */
export function toExcelCsv(rows: readonly (readonly Cell[])[]): string {
  const text = Papa.unparse(
    rows.map((row) => row.map(excelCell)),
    { delimiter: ';', newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return `${BOM}${text}\r\n`;
}
