// First pass over one export: encoding, delimiter, header and record structure, streamed in
// chunks so memory does not grow with the file.

import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { InputFileError } from '../errors';
import { normalizeHeader } from './header';
import { LineMap } from './line-map';
import { quickCheck } from './quick-check';
import { type MalformedRecord, RecordScanner, type ScanOptions, type ScanResult, type TextCarriageReturns } from './scan';
import { type Delimiter, sniffDelimiter } from './sniff';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export interface Malformed {
  readonly line: number;
  readonly excerpt: string;
  readonly reason: string;
  readonly problem: MalformedRecord['problem'];
}

export interface InspectedFile {
  readonly path: string;
  /** The file name as the person gave it, used in every message. */
  readonly name: string;
  readonly encoding: Encoding;
  readonly delimiter: Delimiter;
  /** Header cells as written in the file, and normalised. */
  readonly header: readonly string[];
  readonly columns: readonly string[];
  /** Well-formed records, when the byte-level scan counted them (otherwise DuckDB does, on loading). */
  readonly records: number | undefined;
  readonly malformed: readonly Malformed[];
  readonly lineMap: LineMap;
  readonly bytes: number;
  readonly mixedLineBreaks: boolean;
  /** Every line ends with the delimiter: DuckDB reads one more, empty, column (see load/raw.ts). */
  readonly trailingDelimiter: boolean;
  /**
   * Fields (by position) of free text, where a lone CR is a character, read as a space: known once
   * the header is matched to its dataset (read/columns.ts), empty before.
   */
  readonly textFields: readonly number[];
  /** Records kept with a lone CR of free text read as a space. */
  readonly textCarriageReturns: TextCarriageReturns;
}

const NO_TEXT_CR: TextCarriageReturns = { records: 0, lines: [], fields: [] };

const SAMPLE_BYTES = 64 * 1024;
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
export const CHUNK_BYTES = 1024 * 1024;

const DELIMITER_NAMES: Record<Delimiter, string> = { ';': 'point-virgule', ',': 'virgule', '\t': 'tabulation' };

export function delimiterName(delimiter: Delimiter): string {
  return DELIMITER_NAMES[delimiter];
}

async function readSample(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export function decodeBytes(bytes: Buffer, encoding: Encoding): string {
  return encoding === 'windows-1252' ? iconv.decode(bytes, 'win1252') : bytes.toString('utf8');
}

function malformedReason(record: MalformedRecord, headerFields: number, header: readonly string[], delimiter: Delimiter): string {
  switch (record.problem) {
    case 'field-count':
      return `la ligne a ${record.fields} champs alors que l’en-tête en a ${headerFields} : vérifier les ${delimiterName(delimiter)}s non protégés par des guillemets ou les champs manquants`;
    case 'text-after-quote':
      return 'du texte suit un guillemet fermant : doubler les guillemets à l’intérieur d’un champ entre guillemets ("")';
    case 'unclosed-quote':
      return 'un guillemet ouvert n’est jamais refermé : toute la suite du fichier est illisible, corriger le guillemet';
    case 'stray-cr': {
      const column = header[record.field ?? -1];
      return `un retour chariot isolé (CR) coupe un champ qui n’est pas entre guillemets, ${column ? `dans la colonne « ${column} », qui n’est pas un texte libre` : 'après le dernier séparateur'} (un code, une date ou un nombre ne peut pas en contenir) : supprimer ce caractère`;
    }
    case 'unnamed-value':
      return `la ligne a une valeur après le dernier ${delimiterName(delimiter)}, dans une colonne sans nom : la supprimer, ou nommer la colonne dans l’en-tête`;
    case 'encoding':
      return 'l’encodage de cette ligne (Windows-1252, sans doute collée depuis un autre outil) n’est pas celui du fichier (UTF-8) : corriger ses caractères accentués ou ré-exporter le fichier en « CSV UTF-8 »';
  }
}

function readHeader(headerText: string, delimiter: Delimiter, fail: (problem: string, hint: string, line?: number) => InputFileError) {
  const cells = (Papa.parse<string[]>(headerText, { delimiter, header: false }).data[0] ?? []).map((cell) => cell.trim());
  // `a;b;c;`, as office tools export: the empty last cell is no column (its fields are checked empty).
  const trailingDelimiter = cells.length > 1 && cells[cells.length - 1] === '';
  const header = trailingDelimiter ? cells.slice(0, -1) : cells;
  const columns = header.map(normalizeHeader);
  const seen = new Map<string, string>();
  columns.forEach((column, index) => {
    const original = header[index]!;
    if (column === '') throw fail(`la colonne n° ${index + 1} de l’en-tête n’a pas de nom`, 'Donner un nom à chaque colonne de la première ligne.', 1);
    const twin = seen.get(column);
    if (twin !== undefined) {
      throw fail(`les colonnes « ${twin} » et « ${original} » désignent la même colonne (${column})`, 'Supprimer ou renommer l’une des deux.', 1);
    }
    seen.set(column, original);
  });
  return { header, columns, trailingDelimiter };
}

/** The header's bytes as text: a header line that is not UTF-8 is read as Windows-1252 on its own. */
function headerText(bytes: Buffer, encoding: Encoding): string {
  return encoding !== 'windows-1252' && !isUtf8(bytes) ? iconv.decode(bytes, 'win1252') : decodeBytes(bytes, encoding);
}

/**
 * The file's encoding, on the evidence of its records: UTF-8 when no record holds a byte UTF-8
 * cannot have, or when more records hold UTF-8 sequences than such bytes (the few others are then
 * rejected: lines pasted from another tool); Windows-1252 otherwise. A BOM says UTF-8.
 */
function decideEncoding(scan: ScanResult): { encoding: Encoding; rejectNotUtf8: boolean } {
  if (scan.notUtf8Records === 0) return { encoding: scan.bom ? 'utf-8-bom' : 'utf-8', rejectNotUtf8: false };
  if (scan.bom) return { encoding: 'utf-8-bom', rejectNotUtf8: true };
  if (scan.utf8Records > scan.notUtf8Records) return { encoding: 'utf-8', rejectNotUtf8: true };
  return { encoding: 'windows-1252', rejectNotUtf8: false };
}

async function scanFile(file: string, delimiter: Delimiter, options: ScanOptions = {}): Promise<ScanResult> {
  const scanner = new RecordScanner(delimiter.charCodeAt(0), undefined, options);
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK_BYTES })) scanner.push(chunk as Buffer);
  return scanner.end();
}

/**
 * Reads what the pipeline needs to know of a file before loading it. Most exports need only a
 * native look (`quickCheck`); the others, or any file when `scan` is set, get the byte-level scan.
 */
export async function inspectFile(
  file: string,
  { scan: forceScan = false, textFields = [] }: { scan?: boolean; textFields?: readonly number[] } = {},
): Promise<InspectedFile> {
  const name = path.basename(file);
  const fail = (problem: string, hint: string, line?: number) => new InputFileError(name, problem, hint, line);
  let sample: Buffer;
  try {
    sample = await readSample(file);
  } catch (error) {
    throw fail(
      `fichier illisible (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      'Vérifier qu’il existe et que ses droits permettent de le lire.',
    );
  }
  if (sample.length === 0) throw fail('fichier vide', 'Ré-exporter le fichier avec sa ligne d’en-tête et ses données.');
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) {
    throw fail('fichier encodé en UTF-16', 'Ré-exporter en « CSV UTF-8 » ou en « CSV (séparateur : point-virgule) ».');
  }
  // An .xlsx or .ods workbook is a zip archive: named .csv, it is still a workbook.
  if (sample.subarray(0, 4).equals(ZIP_SIGNATURE)) {
    throw fail(
      'classeur de tableur (.xlsx ou .ods) enregistré sous une extension .csv, pas un fichier CSV',
      'L’ouvrir dans le tableur et l’enregistrer au format « CSV UTF-8 » ou « CSV (séparateur : point-virgule) », puis relancer.',
    );
  }
  if (sample.includes(0)) throw fail('fichier binaire (octet nul)', 'Exporter les données au format CSV (un tableur enregistre souvent en .xlsx par défaut).');

  const delimiter = sniffDelimiter(sample.toString('latin1'));
  if (!delimiter) {
    throw fail('séparateur introuvable', 'La ligne d’en-tête doit séparer les colonnes par « ; », « , » ou une tabulation.', 1);
  }

  const quick = forceScan ? undefined : await quickCheck(file, CHUNK_BYTES);
  const firstLineEnd = sample.indexOf(0x0a);
  if (quick?.oneRecordPerLine && firstLineEnd !== -1) {
    const headerBytes = sample.subarray(quick.bom ? 3 : 0, sample[firstLineEnd - 1] === 0x0d ? firstLineEnd - 1 : firstLineEnd);
    const lineMap = new LineMap();
    lineMap.mark(0, 2);
    const header = readHeader(headerBytes.toString('utf8'), delimiter, fail);
    // A trailing delimiter needs the scan, which checks that every last field is empty.
    if (!header.trailingDelimiter) {
      return {
        path: file,
        name,
        encoding: quick.bom ? 'utf-8-bom' : 'utf-8',
        delimiter,
        ...header,
        records: undefined,
        malformed: [],
        lineMap,
        bytes: quick.bytes,
        mixedLineBreaks: false,
        textFields,
        textCarriageReturns: NO_TEXT_CR,
      };
    }
  }

  const text = new Set(textFields);
  let scan = await scanFile(file, delimiter, { textFields: text });
  const { encoding, rejectNotUtf8 } = decideEncoding(scan);
  // A UTF-8 file with a few lines that are not: a second scan leaves those lines out.
  if (rejectNotUtf8) scan = await scanFile(file, delimiter, { rejectNotUtf8, textFields: text });
  if (scan.headerProblem) {
    const problem = scan.headerProblem === 'stray-cr' ? 'retour chariot isolé (CR)' : 'guillemets';
    throw fail(`ligne d’en-tête mal formée (${problem})`, 'Corriger la première ligne du fichier.', 1);
  }
  const header = readHeader(headerText(scan.header, encoding), delimiter, fail);
  return {
    path: file,
    name,
    encoding,
    delimiter,
    ...header,
    records: scan.records,
    malformed: scan.malformed.map((record) => ({
      line: record.line,
      // A line rejected for its encoding is shown as what it most likely is.
      excerpt: decodeBytes(record.excerpt, record.problem === 'encoding' ? 'windows-1252' : encoding),
      reason: malformedReason(record, scan.headerFields, header.header, delimiter),
      problem: record.problem,
    })),
    lineMap: scan.lineMap,
    bytes: scan.bytes,
    mixedLineBreaks: scan.mixedLineBreaks,
    textFields,
    textCarriageReturns: scan.textCarriageReturns,
  };
}

/** The byte-level scan of a file already inspected, keeping its header as matched (aliases included). */
export async function rescanFile(file: InspectedFile): Promise<InspectedFile> {
  const scanned = await inspectFile(file.path, { scan: true, textFields: file.textFields });
  return { ...scanned, header: file.header, columns: file.columns };
}

/**
 * A file scanned before its free-text fields were known (they need the matched header), whose lone
 * CRs may stand in them: scanned again, so the records whose only fault was such a CR are kept.
 */
export async function keepTextCarriageReturns(file: InspectedFile): Promise<InspectedFile> {
  const strayCr = file.malformed.some((record) => record.problem === 'stray-cr');
  return strayCr && file.textFields.length > 0 ? rescanFile(file) : file;
}
