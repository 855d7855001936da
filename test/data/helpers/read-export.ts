// Reads a generated export back the plain way (papaparse), decoding it as its source tool wrote it:
// in the encoding the generator declares for that file (data/generate EXPORTS, the `format` that
// the generation summary repeats), so a new Windows-1252 export is decoded without a change here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { EXPORTS, type FileFormat } from '../../../data/generate';

const ENCODINGS: ReadonlyMap<string, FileFormat['encoding']> = new Map(EXPORTS.map((spec) => [spec.file, spec.format.encoding]));

export function exportText(dir: string, file: string): string {
  const encoding = ENCODINGS.get(file);
  if (encoding === undefined) throw new Error(`${file}: not an export of the generator (data/generate EXPORTS)`);
  const bytes = readFileSync(path.join(dir, file));
  switch (encoding) {
    case 'windows-1252':
      return iconv.decode(bytes, 'win1252');
    case 'utf-8-bom': {
      const text = bytes.toString('utf8');
      if (!text.startsWith('\ufeff')) throw new Error(`${file}: declared UTF-8 with BOM, has no BOM`);
      return text.slice(1);
    }
    case 'utf-8':
      return bytes.toString('utf8');
  }
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
