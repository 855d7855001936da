// The zip writer of the office files, read back by another implementation (JSZip, its checksums
// checked); LibreOffice opening the decks and workbooks is office-suite.test.ts.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { zipArchive } from '../../reports/zip-archive';

const text = (value: string) => new TextEncoder().encode(value);
const xml = `<?xml version="1.0"?><p>${'Île-de-France ; '.repeat(2000)}</p>`;
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5, 6, 7, 8]);

describe('zipArchive(entries, date)', () => {
  const date = new Date('2024-04-30T13:45:10Z');
  const bytes = zipArchive(
    [
      { name: 'ppt/' },
      { name: 'ppt/slides/slide1.xml', data: text(xml) },
      { name: 'ppt/media/carte.png', data: png },
      { name: 'docs/Évolutions.xml', data: text('é') },
    ],
    date,
  );

  it('is read back whole, in order, with its folder, its dates and a non-ASCII name', async () => {
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(['ppt/', 'ppt/slides/slide1.xml', 'ppt/media/carte.png', 'docs/Évolutions.xml']);
    expect(zip.files['ppt/']!.dir).toBe(true);
    expect(await zip.file('ppt/slides/slide1.xml')!.async('string')).toBe(xml);
    expect(await zip.file('ppt/media/carte.png')!.async('uint8array')).toEqual(png);
    expect(await zip.file('docs/Évolutions.xml')!.async('string')).toBe('é');
    // Zip times have a two-second grain, in UTC as JSZip reads them.
    expect(zip.files['ppt/slides/slide1.xml']!.date.toISOString()).toBe('2024-04-30T13:45:10.000Z');
  });

  it('deflates text and stores images, which are compressed already', () => {
    expect(bytes.length).toBeLessThan(xml.length / 10);
    // Each entry's method, from its local header (8: deflated, 0: stored).
    const view = Buffer.from(bytes);
    const methods = new Map<string, number>();
    for (let at = 0; view.readUInt32LE(at) === 0x04034b50; ) {
      const nameLength = view.readUInt16LE(at + 26);
      methods.set(view.subarray(at + 30, at + 30 + nameLength).toString('utf8'), view.readUInt16LE(at + 8));
      at += 30 + nameLength + view.readUInt32LE(at + 18);
    }
    expect(Object.fromEntries(methods)).toEqual({ 'ppt/': 0, 'ppt/slides/slide1.xml': 8, 'ppt/media/carte.png': 0, 'docs/Évolutions.xml': 8 });
  });

  it('writes a date before 1980 (SOURCE_DATE_EPOCH=0) as the first day a zip can hold', async () => {
    const zip = await JSZip.loadAsync(zipArchive([{ name: 'a.xml', data: text('a') }], new Date(0)));
    expect(zip.files['a.xml']!.date.toISOString()).toBe('1980-01-01T00:00:00.000Z');
  });
});
