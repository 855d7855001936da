// A fast, native-only look at a whole file, to spare the byte-level scan when it is not needed.
// A file with no quote character has no quoted line break, so if it is UTF-8 and has no blank line
// before its last record, its records are its lines: DuckDB can read it as it is, and record n
// stands at line n + 2. Everything else (or a file DuckDB then refuses) gets the full scan.
import { createReadStream } from 'node:fs';
import { Utf8Validator } from './utf8';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const BLANK_LINES = [Buffer.from('\n\n'), Buffer.from('\n\r\n')];

export interface QuickCheck {
  /** DuckDB can read the file as it is, and each record is one line. */
  readonly oneRecordPerLine: boolean;
  readonly bom: boolean;
  readonly bytes: number;
}

const onlyLineBreaks = (bytes: Buffer) => bytes.every((byte) => byte === LF || byte === CR);

export async function quickCheck(file: string, chunkBytes: number): Promise<QuickCheck> {
  const utf8 = new Utf8Validator();
  let bytes = 0;
  let bom = false;
  let tail = Buffer.alloc(0);
  // After a blank line, only more line breaks may follow (trailing empty lines are ignored).
  let inTrailingBlankLines = false;
  for await (const data of createReadStream(file, { highWaterMark: chunkBytes })) {
    const chunk = data as Buffer;
    if (bytes === 0) {
      bom = chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
      const first = chunk[bom ? 3 : 0];
      if (first === LF || first === CR) return { oneRecordPerLine: false, bom, bytes };
    }
    bytes += chunk.length;
    if (chunk.indexOf(QUOTE) !== -1) return { oneRecordPerLine: false, bom, bytes };
    utf8.push(chunk);
    if (inTrailingBlankLines && !onlyLineBreaks(chunk)) return { oneRecordPerLine: false, bom, bytes };
    // Blank lines, including one cut by the chunk boundary (`tail` holds the previous chunk's end).
    const window = Buffer.concat([tail, chunk.subarray(0, 2)]);
    for (const [text, offset] of [
      [window, -tail.length],
      [chunk, 0],
    ] as const) {
      for (const blank of BLANK_LINES) {
        const at = text.indexOf(blank);
        if (at === -1) continue;
        if (!onlyLineBreaks(chunk.subarray(Math.max(0, at + offset)))) return { oneRecordPerLine: false, bom, bytes };
        inTrailingBlankLines = true;
      }
    }
    tail = Buffer.from(chunk.subarray(Math.max(0, chunk.length - 2)));
  }
  return { oneRecordPerLine: bytes > 0 && utf8.end(), bom, bytes };
}
