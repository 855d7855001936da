// Parses the machine-readable tables a pipeline run published (`<out>/tables/*.csv`) back into typed
// rows: codes stay text, figures become numbers, empty cells null. The reports and the dashboard's
// data step start from here rather than from the warehouse, so they see exactly what was published.
import Papa from 'papaparse';
import { columnsOf, type TableName } from '../schema';

export type Value = string | number | null;
export type Row = Record<string, Value>;
export type PublishedTables = Record<TableName, Row[]>;

const TEXT_UNITS = new Set(['code', 'text']);

export function parsePublishedTable(name: TableName, text: string): Row[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    const error = parsed.errors[0]!;
    throw new Error(`tables/${name}.csv:${(error.row ?? 0) + 2}: ${error.message}`);
  }
  const columns = columnsOf(name);
  return parsed.data.map((record) => {
    const row: Row = {};
    for (const column of columns) {
      const cell = record[column.name] ?? '';
      row[column.name] = cell === '' ? null : TEXT_UNITS.has(column.unit) ? cell : Number(cell);
    }
    return row;
  });
}
