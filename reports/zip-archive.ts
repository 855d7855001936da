// A zip archive written with Node's own zlib: JSZip deflates in JavaScript, which took 0,5 s of a
// 6,6 s region's report (its deck and workbook, some 15 MB of XML). Only what office files need: no zip64
// (a report is far below 4 GB), no comments, no extra fields, times in UTC as JSZip wrote them.
import { crc32, deflateRawSync } from 'node:zlib';
import { joined } from './joined-bytes';

export interface ZipEntry {
  readonly name: string;
  /** None for a folder. */
  readonly data?: Uint8Array;
}

// Images are compressed already: deflating them again costs time and saves nothing.
const COMPRESSED = /\.(?:png|jpe?g|gif)$/i;
const STORED = 0;
const DEFLATED = 8;
const UTF8_NAME = 0x0800;
const DOS_FOLDER = 0x10;

// What a zip's date can hold: SOURCE_DATE_EPOCH=0 (1970) is written as its first day.
const FIRST = Date.UTC(1980, 0, 1);
const LAST = Date.UTC(2107, 11, 31, 23, 59, 58);

function dosTime(date: Date): number {
  return (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
}

function dosDate(date: Date): number {
  return ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
}

/** `entries` in their order, each stamped `date`, deflated at zlib's default level unless an image. */
export function zipArchive(entries: readonly ZipEntry[], date: Date): Uint8Array {
  const when = new Date(Math.min(LAST, Math.max(FIRST, date.getTime())));
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = entry.data ?? new Uint8Array(0);
    const method = entry.data === undefined || COMPRESSED.test(entry.name) ? STORED : DEFLATED;
    const body = method === DEFLATED ? deflateRawSync(data, { level: 6 }) : data;
    const flags = /[^\x20-\x7e]/.test(entry.name) ? UTF8_NAME : 0;
    const version = method === DEFLATED ? 20 : 10;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(version, 4);
    header.writeUInt16LE(flags, 6);
    header.writeUInt16LE(method, 8);
    header.writeUInt16LE(dosTime(when), 10);
    header.writeUInt16LE(dosDate(when), 12);
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(body.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(name.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    header.copy(record, 6, 4, 30);
    record.writeUInt32LE(entry.data === undefined ? DOS_FOLDER : 0, 38);
    record.writeUInt32LE(offset, 42);
    parts.push(header, name, body);
    central.push(record, name);
    offset += header.length + name.length + body.length;
  }
  const size = central.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return joined([...parts, ...central, end]);
}
