import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineMap, normalizeHeader, sniffDelimiter } from '../../pipeline/read';
import { quickCheck } from '../../pipeline/read/quick-check';
import { RecordScanner } from '../../pipeline/read/scan';

function scan(text: string | Buffer, chunkSize: number, withSink = false) {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  const copied: Buffer[] = [];
  const scanner = new RecordScanner(';'.charCodeAt(0), withSink ? (part) => copied.push(Buffer.from(part)) : undefined);
  for (let i = 0; i < bytes.length; i += chunkSize) scanner.push(bytes.subarray(i, i + chunkSize));
  const result = scanner.end();
  return { result, copied: Buffer.concat(copied).toString() };
}

const MESSY = '\ufeffa;b;c\r\n1;"x;\r\ny";3\r\n\r\n4;5\n"q"x;2;3\n6;"é""è";9\n7;8;9;10\n11;12;"13\n';

describe('RecordScanner', () => {
  it('finds records, physical lines and malformed records, whatever the chunk boundaries', () => {
    const whole = scan(MESSY, 1 << 20, true);
    expect(whole.result.records).toBe(2);
    expect(whole.result.malformed.map((record) => [record.line, record.problem, record.fields])).toEqual([
      [5, 'field-count', 2],
      [6, 'text-after-quote', 3],
      [8, 'field-count', 4],
      [9, 'unclosed-quote', 3],
    ]);
    expect([0, 1].map((ordinal) => whole.result.lineMap.lineOf(ordinal))).toEqual([2, 7]);
    expect(whole.copied).toBe('a;b;c\n1;"x;\r\ny";3\n6;"é""è";9\n');
    expect(whole.result.mixedLineBreaks).toBe(true);
    for (const size of [1, 2, 3, 5, 7, 13]) {
      const split = scan(MESSY, size, true);
      expect(split.result.records, `chunks of ${size}`).toBe(2);
      expect(split.result.malformed.map((record) => [record.line, record.problem, record.excerpt.toString()])).toEqual(
        whole.result.malformed.map((record) => [record.line, record.problem, record.excerpt.toString()]),
      );
      expect(split.copied, `chunks of ${size}`).toBe(whole.copied);
      expect(split.result.header.toString()).toBe('a;b;c');
    }
  });

  it('tells UTF-8 from Windows-1252, even when a character is cut by a chunk boundary', () => {
    const utf8 = Buffer.from('nom;ville\nCœur d’Île €;Besançon\n');
    const cp1252 = Buffer.from([...Buffer.from('nom;ville\nC'), 0x9c, ...Buffer.from('ur;Besan'), 0xe7, ...Buffer.from('on\n')]);
    for (const size of [1, 2, 3, 4, 64]) {
      expect(scan(utf8, size).result.utf8, `utf-8 in chunks of ${size}`).toBe(true);
      expect(scan(cp1252, size).result.utf8, `windows-1252 in chunks of ${size}`).toBe(false);
    }
    expect(scan(Buffer.from([...Buffer.from('a;b\n'), 0xe2, 0x82]), 1).result.utf8).toBe(false);
  });

  it('counts records holding UTF-8 and records that cannot be UTF-8, and rejects the latter when asked, whatever the chunks', () => {
    const bytes = Buffer.concat([
      Buffer.from('nom;ville\nCœur;Besançon\n"Été\nchaud";Nîmes\nplain;ascii\n'),
      Buffer.from([...Buffer.from('C'), 0x9c, ...Buffer.from('ur;Besan'), 0xe7, ...Buffer.from('on\n')]),
      Buffer.from('Crimée;Paris'),
    ]);
    for (const size of [1, 2, 3, 5, 7, 64, 1 << 20]) {
      const chunks = (options: { rejectNotUtf8?: boolean }) => {
        const scanner = new RecordScanner(';'.charCodeAt(0), undefined, options);
        for (let i = 0; i < bytes.length; i += size) scanner.push(bytes.subarray(i, i + size));
        return scanner.end();
      };
      const counted = chunks({});
      expect([counted.utf8Records, counted.notUtf8Records, counted.records], `chunks of ${size}`).toEqual([3, 1, 5]);
      const rejecting = chunks({ rejectNotUtf8: true });
      expect(
        rejecting.malformed.map((record) => [record.line, record.problem]),
        `chunks of ${size}`,
      ).toEqual([[6, 'encoding']]);
      expect([0, 1, 2, 3].map((ordinal) => rejecting.lineMap.lineOf(ordinal))).toEqual([2, 3, 5, 7]);
    }
  });

  it('finds a CR that is not followed by a LF outside quotes, even across chunks, and reads a delimiter ending every line', () => {
    const text = 'a;b;\r\n1;x\ry;\r\n2;"p\rq";\r\n3;4;5\r\n';
    for (const size of [1, 2, 3, 4, 64]) {
      const { result } = scan(text, size);
      expect(result.trailingDelimiter).toBe(true);
      expect(
        result.malformed.map((record) => [record.line, record.problem]),
        `chunks of ${size}`,
      ).toEqual([
        [2, 'stray-cr'],
        [4, 'unnamed-value'],
      ]);
      expect(result.records).toBe(1);
    }
  });
});

describe('sniffDelimiter(sample)', () => {
  it('picks the delimiter that splits every line alike', () => {
    expect(sniffDelimiter('a;b;c\n1;2,5;3\n4;5,5;6\n')).toBe(';');
    expect(sniffDelimiter('a,b,c\n1,"2;5",3\n')).toBe(',');
    expect(sniffDelimiter('a\tb\n1\t2\n')).toBe('\t');
    expect(sniffDelimiter('id;nom\n1;"Dupont, Durand"\n')).toBe(';');
    expect(sniffDelimiter('a|b\n1|2\n')).toBeUndefined();
  });
});

describe('normalizeHeader(name)', () => {
  it('lower-cases, drops accents and turns every run of other characters into _', () => {
    for (const name of ['Patientèle MT', 'patientele_mt', 'PATIENTELE-MT', '  Patientèle  (MT) ']) {
      expect(normalizeHeader(name)).toBe('patientele_mt');
    }
    expect(normalizeHeader('Enfants 0–16 ans')).toBe('enfants_0_16_ans');
    expect(normalizeHeader('Année')).toBe('annee');
  });
});

describe('LineMap', () => {
  it('stores only the places where the gap between ordinal and line changes', () => {
    const map = new LineMap();
    for (let ordinal = 0; ordinal < 1000; ordinal++) map.mark(ordinal, ordinal + 2 + (ordinal >= 500 ? 3 : 0));
    expect(map.size).toBe(2);
    expect(map.lineOf(0)).toBe(2);
    expect(map.lineOf(499)).toBe(501);
    expect(map.lineOf(500)).toBe(505);
    expect(map.lineOf(999)).toBe(1004);
  });
});

describe('quickCheck(file)', () => {
  async function check(content: string | Buffer, chunkBytes = 4) {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'cpr-quick-')), 'x.csv');
    await writeFile(file, content);
    return (await quickCheck(file, chunkBytes)).oneRecordPerLine;
  }

  it('lets plain UTF-8 files with one record per line go straight to DuckDB, trailing blank lines included', async () => {
    expect(await check('a;b\n1;2\n3;4\n')).toBe(true);
    expect(await check('\ufeffa;b\r\n1;2\r\n\r\n\r\n')).toBe(true);
    expect(await check('a;b\n1;2\n\n\n', 3)).toBe(true);
  });

  it('sends to the byte-level scan files with quotes, inner blank lines (even across chunks) or other encodings', async () => {
    expect(await check('a;b\n"1";2\n')).toBe(false);
    for (const size of [2, 3, 4, 5, 64]) expect(await check('a;b\n1;2\n\n3;4\n', size), `chunks of ${size}`).toBe(false);
    expect(await check('a;b\r\n1;2\r\n\r\n3;4\r\n', 5)).toBe(false);
    expect(await check(Buffer.from([...Buffer.from('a;b\nC'), 0x9c, ...Buffer.from('ur;2\n')]))).toBe(false);
    expect(await check('\na;b\n1;2\n')).toBe(false);
  });
});
