// Streams CSV records to a file in the encoding, delimiter and line ending of one source tool,
// counting physical lines so a planted bad row can be located exactly (a quoted line break adds one).
import { closeSync, openSync, writeSync } from 'node:fs';
import iconv from 'iconv-lite';

export interface FileFormat {
  readonly encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252';
  readonly delimiter: ';' | ',' | '\t';
  readonly eol: '\n' | '\r\n';
}

/** Flush to disk every ~1 MB of text: memory stays flat whatever the file size. */
const FLUSH_AT = 1 << 20;

export class CsvFileWriter {
  private readonly fd: number;
  private buffer: string[] = [];
  private buffered = 0;
  /** Physical line the next record starts on (the header is line 1). */
  private nextLine = 1;
  private written = 0;
  records = 0;

  constructor(
    readonly path: string,
    readonly format: FileFormat,
  ) {
    this.fd = openSync(path, 'w');
    if (format.encoding === 'utf-8-bom') this.push('\ufeff');
  }

  /** Writes one record and returns the physical line it starts on. */
  write(cells: readonly string[]): number {
    const line = this.nextLine;
    const { delimiter, eol } = this.format;
    let text = '';
    for (let i = 0; i < cells.length; i++) {
      if (i > 0) text += delimiter;
      const cell = cells[i]!;
      if (needsQuotes(cell, delimiter)) {
        text += `"${cell.replace(/"/g, '""')}"`;
        this.nextLine += countLineBreaks(cell);
      } else {
        text += cell;
      }
    }
    this.push(text + eol);
    this.nextLine++;
    this.records++;
    return line;
  }

  /** Bytes written so far (after close: the file size). */
  get bytes(): number {
    return this.written;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private push(text: string): void {
    this.buffer.push(text);
    this.buffered += text.length;
    if (this.buffered >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    const text = this.buffer.join('');
    const bytes = this.format.encoding === 'windows-1252' ? iconv.encode(text, 'win1252') : Buffer.from(text, 'utf8');
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(this.fd, bytes, offset);
    this.written += bytes.length;
    this.buffer = [];
    this.buffered = 0;
  }
}

function needsQuotes(cell: string, delimiter: string): boolean {
  return cell.includes(delimiter) || cell.includes('"') || cell.includes('\n') || cell.includes('\r');
}

function countLineBreaks(cell: string): number {
  let count = 0;
  for (let i = 0; i < cell.length; i++) if (cell.charCodeAt(i) === 10) count++;
  return count;
}
