// Second pass, only for the files DuckDB cannot read as they are: Windows-1252 is transcoded to
// UTF-8, line breaks become LF, a lone CR of free text becomes a space, and malformed records are
// dropped so DuckDB sees exactly the records the first pass kept (their physical lines stay those
// of the original file, through the first pass's line map).

import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import iconv from 'iconv-lite';
import { CHUNK_BYTES, type InspectedFile } from './inspect';
import { RecordScanner } from './scan';

export function needsRewrite(file: InspectedFile): boolean {
  return file.encoding === 'windows-1252' || file.malformed.length > 0 || file.mixedLineBreaks || file.textCarriageReturns.records > 0;
}

export async function rewriteForDuckDB(file: InspectedFile, destination: string): Promise<void> {
  if (file.malformed.length === 0 && !file.mixedLineBreaks && file.textCarriageReturns.records === 0) return transcode(file, destination);
  const out = createWriteStream(destination);
  const parts: Buffer[] = [];
  // Windows-1252 is one byte per character, so each part decodes on its own.
  const encode = (bytes: Buffer) => (file.encoding === 'windows-1252' ? Buffer.from(iconv.decode(bytes, 'win1252'), 'utf8') : bytes);
  // The same options as the inspection's scan, so the same records are left out (and the lone CRs
  // of free text become spaces).
  const scanner = new RecordScanner(file.delimiter.charCodeAt(0), (bytes) => parts.push(encode(bytes)), {
    rejectNotUtf8: file.encoding !== 'windows-1252',
    textFields: new Set(file.textFields),
  });
  const flush = async () => {
    if (parts.length === 0) return;
    const block = Buffer.concat(parts);
    parts.length = 0;
    if (!out.write(block)) await once(out, 'drain');
  };
  try {
    for await (const chunk of createReadStream(file.path, { highWaterMark: CHUNK_BYTES })) {
      scanner.push(chunk as Buffer);
      await flush();
    }
    scanner.end();
    await flush();
  } finally {
    out.end();
    await once(out, 'close');
  }
}

/** Windows-1252 to UTF-8, chunk by chunk: nothing to drop, no line break to change. */
async function transcode(file: InspectedFile, destination: string): Promise<void> {
  const out = createWriteStream(destination);
  try {
    for await (const chunk of createReadStream(file.path, { highWaterMark: CHUNK_BYTES })) {
      // Windows-1252 is one byte per character, so each chunk decodes on its own.
      if (!out.write(Buffer.from(iconv.decode(chunk as Buffer, 'win1252'), 'utf8'))) await once(out, 'drain');
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
}
