// Office files are zip archives stamped with the time they were written: every entry's date, the
// document's creation date, and the same again inside each chart's embedded workbook. Rewritten here
// with one date (the processing date, SOURCE_DATE_EPOCH when set), the same inputs give the same bytes,
// which is what lets a fund archive what it sent and compare it later.
import JSZip from 'jszip';

const CORE_PROPERTIES = 'docProps/core.xml';
const W3CDTF_DATE = /(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g;

/** The archive with every entry and document date set to `date`, entries in their original order. */
export async function reproducibleZip(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const target = new JSZip();
  // Whole seconds, as in the documents' own dates; zip times have a two-second grain anyway.
  const stamp = new Date(Math.floor(date.getTime() / 1000) * 1000);
  const iso = stamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const entry of Object.values(source.files)) {
    if (entry.dir) {
      target.file(entry.name, null, { dir: true, date: stamp, createFolders: false });
      continue;
    }
    let content: Uint8Array | string = await entry.async('uint8array');
    if (entry.name === CORE_PROPERTIES) content = new TextDecoder().decode(content).replace(W3CDTF_DATE, `$1${iso}$2`);
    else if (entry.name.endsWith('.xlsx')) content = await reproducibleZip(content, stamp);
    target.file(entry.name, content, { date: stamp, createFolders: false });
  }
  return target.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
