// Reads generated office files back from their XML, as a person opening them would find them.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';

export function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => decodeXml(match[1]!));

export interface SlideContent {
  /** 1-based, in presentation order. */
  readonly number: number;
  readonly xml: string;
  /** Every run of text, in document order. */
  readonly texts: readonly string[];
  /** Native tables: rows of cell texts. */
  readonly tables: readonly (readonly (readonly string[])[])[];
  /** Relationship targets (charts, images). */
  readonly relations: readonly string[];
}

export async function readSlides(file: string): Promise<SlideContent[]> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const names = Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  return Promise.all(
    names.map(async (name, index) => {
      const xml = await zip.file(name)!.async('string');
      const rels = await zip.file(`${name.replace('slides/', 'slides/_rels/')}.rels`)?.async('string');
      const tables = [...xml.matchAll(/<a:tbl>([\s\S]*?)<\/a:tbl>/g)].map((table) =>
        [...table[1]!.matchAll(/<a:tr[\s>][\s\S]*?<\/a:tr>/g)].map((row) =>
          [...row[0].matchAll(/<a:tc[\s>][\s\S]*?<\/a:tc>/g)].map((cell) => texts(cell[0]).join('')),
        ),
      );
      const relations = [...(rels ?? '').matchAll(/Target="([^"]+)"/g)].map((match) => match[1]!);
      return { number: index + 1, xml, texts: texts(xml), tables, relations };
    }),
  );
}

export async function zipEntries(file: string): Promise<JSZip> {
  return JSZip.loadAsync(await readFile(file));
}

/** A framed slide's title (the text box at the title's offset): its text and size in points; none on the cover. */
export function slideTitle(xml: string, titleTop: number): { text: string; size: number } | undefined {
  const offset = `<a:off x="\\d+" y="${Math.round(titleTop * 914_400)}"/>`;
  const shape = [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].find((match) => new RegExp(offset).test(match[0]));
  if (!shape) return undefined;
  const size = / sz="(\d+)"/.exec(shape[0]);
  if (!size) throw new Error('a title without a font size (sz) in the slide XML');
  return { text: texts(shape[0]).join(''), size: Number(size[1]) / 100 };
}
