// The rejected rows, one line each in `<out>/rejects.csv`: file, physical line, column, raw value,
// and a sentence saying what to do. Values are neutralised: a person opens this file in a spreadsheet.
// `<out>/exports/rejets.csv` holds the same lines for French Excel (BOM, `;`, French headings).
import { readFile, writeFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { type Cell, neutraliseCell, type RejectedLine, toExcelCsv } from '../../core';
import type { Warehouse } from '../load';
import type { InspectedFile } from '../read';
import { REF_PLACEHOLDER } from '../validate';

/** One rejected line; its record (fields `;`-separated, or the malformed line's text) is what it is known by. */
export type Reject = RejectedLine;

interface RowReject {
  file_id: number;
  ord: number;
  column: string;
  value: string | null;
  reason: string;
  ref_file: number | null;
  ref_ord: number | null;
  ref_line: number | null;
  record: string | null;
}

/** Every rejected row of the run: the malformed records and the rows that broke a rule. */
export async function collectRejects(warehouse: Warehouse, files: readonly InspectedFile[]): Promise<Reject[]> {
  const rejects: Reject[] = files.flatMap((file) =>
    file.malformed.map((record) => ({ file: file.name, line: record.line, column: '', value: record.excerpt, reason: record.reason, record: record.excerpt })),
  );
  const rows = await warehouse.rows<RowReject & Record<string, string | number | null>>(
    'SELECT file_id, ord, "column", value, reason, ref_file, ref_ord, ref_line, record FROM row_rejects',
  );
  for (const row of rows) {
    const file = files[row.file_id]!;
    let reason = row.reason;
    if (row.ref_file !== null && (row.ref_ord !== null || row.ref_line !== null)) {
      const other = files[row.ref_file]!;
      const line = row.ref_line ?? other.lineMap.lineOf(row.ref_ord!);
      reason = reason.includes(REF_PLACEHOLDER)
        ? reason.replace(REF_PLACEHOLDER, `${other.name} ligne ${line}`)
        : `${reason} (première occurrence : ${other.name}, ligne ${line})`;
    }
    rejects.push({ file: file.name, line: file.lineMap.lineOf(row.ord), column: row.column, value: row.value ?? '', reason, record: row.record ?? '' });
  }
  return rejects.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

export async function writeRejects(file: string, rejects: readonly Reject[]): Promise<void> {
  const rows = [['file', 'line', 'column', 'value', 'reason'], ...rejects.map((r) => [r.file, String(r.line), r.column, neutraliseCell(r.value), r.reason])];
  await writeFile(file, `${Papa.unparse(rows, { newline: '\n' })}\n`);
}

/**
 * `rejects-records.csv`: each rejected line's record, for comparing two runs' rejects by content
 * (`npm run compare`). Beside rejects.csv, whose columns the contract fixes.
 */
export async function writeRejectRecords(file: string, rejects: readonly Reject[]): Promise<void> {
  const rows = [['file', 'line', 'record'], ...rejects.map((r) => [r.file, String(r.line), r.record])];
  await writeFile(file, `${Papa.unparse(rows, { newline: '\n' })}\n`);
}

export const REJECT_RECORDS_FILE = 'rejects-records.csv';

export const EXCEL_REJECTS_HEADER = ['Fichier', 'Ligne', 'Colonne', 'Valeur', 'Motif'] as const;

/** `rejects.csv` as published, rewritten for French Excel: the file a person acts on. */
export async function writeExcelRejects(rejectsFile: string, destination: string): Promise<void> {
  const parsed = Papa.parse<Record<string, string>>(await readFile(rejectsFile, 'utf8'), { header: true, skipEmptyLines: true });
  const rows: Cell[][] = [[...EXCEL_REJECTS_HEADER], ...parsed.data.map((r) => [r.file, Number(r.line), r.column, r.value, r.reason])];
  await writeFile(destination, toExcelCsv(rows));
}
