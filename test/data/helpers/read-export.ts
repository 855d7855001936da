// Reads a generated export back the plain way (papaparse), decoding it as its source tool wrote it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import Papa from 'papaparse';

export function exportText(dir: string, file: string): string {
  const bytes = readFileSync(path.join(dir, file));
  if (file.startsWith('structures')) return iconv.decode(bytes, 'win1252');
  return bytes.toString('utf8').replace(/^\ufeff/, '');
}

/** The physical lines of an export (header = line 1), without their line endings. */
export function physicalLines(dir: string, file: string): string[] {
  return exportText(dir, file)
    .split('\n')
    .map((line) => line.replace(/\r$/, ''));
}

export function readExport(dir: string, file: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(exportText(dir, file), { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors[0]!.message}`);
  return parsed.data;
}

/** `75 654,89 €` (any space) → 75654.89. */
export function frenchNumber(text: string): number {
  return Number(text.replace(/[\s\u00a0\u202f€%]/g, '').replace(',', '.'));
}
