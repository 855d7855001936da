// Office files are zip archives stamped with the time they were written: every entry's date, the
// document's creation date, and the same again inside each chart's embedded workbook. Rewritten here
// with one date (the processing date, SOURCE_DATE_EPOCH when set), the same inputs give the same bytes,
// which is what lets a fund archive what it sent and compare it later.
import JSZip from 'jszip';
import { type ZipEntry, zipArchive } from './zip-archive';

// pptxgenjs numbers charts with one counter for the whole process: a deck made after another in the
// same process (a batch of regions, on either thread) would carry chart17.xml… Numbered again from
// one, a deck's bytes do not depend on what its process made before.
const CHART_PART = /\b(chart|Microsoft_Excel_Worksheet)(\d+)\.(xml|xlsx)\b/g;
const CHART_FILE = /^ppt\/charts\/chart(\d+)\.xml$/;

function chartsFromOne(names: readonly string[]): ((text: string) => string) | undefined {
  const numbers = names.flatMap((name) => CHART_FILE.exec(name)?.[1] ?? []).map(Number);
  const renumber = new Map(numbers.sort((a, b) => a - b).map((number, at) => [number, at + 1]));
  if ([...renumber].every(([from, to]) => from === to)) return undefined;
  return (text) =>
    text.replace(CHART_PART, (part, stem: string, number: string, extension: string) => {
      const to = renumber.get(Number(number));
      return to === undefined ? part : `${stem}${to}.${extension}`;
    });
}

const CORE_PROPERTIES = 'docProps/core.xml';
const W3CDTF_DATE = /(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g;

/** The archive with every entry and document date set to `date`, entries in their original order. */
export async function reproducibleZip(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  // Whole seconds, as in the documents' own dates; zip times have a two-second grain anyway.
  const stamp = new Date(Math.floor(date.getTime() / 1000) * 1000);
  const iso = stamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const files = Object.values(source.files);
  const renumber = chartsFromOne(files.map((entry) => entry.name));
  const entries: ZipEntry[] = [];
  for (const entry of files) {
    const name = renumber ? renumber(entry.name) : entry.name;
    if (entry.dir) {
      entries.push({ name });
      continue;
    }
    let content = await entry.async('uint8array');
    if (entry.name === CORE_PROPERTIES) content = encode(decode(content).replace(W3CDTF_DATE, `$1${iso}$2`));
    else if (entry.name.endsWith('.xlsx')) content = await reproducibleZip(content, stamp);
    else if (renumber && /\.(xml|rels)$/.test(entry.name)) content = encode(renumber(decode(content)));
    entries.push({ name, data: content });
  }
  return zipArchive(entries, stamp);
}

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const encode = (text: string) => new TextEncoder().encode(text);
