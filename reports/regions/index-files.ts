// `<out>/index.csv` and `<out>/index.html`: every file of a batch of reports with its region, year,
// variant and the run it comes from, so a coordination sends or archives them without opening each
// folder. The page is built as text with every value escaped: nothing from the data becomes markup.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { toExcelCsv } from '../../core';
import { isInside } from '../safe-paths';

export interface IndexedFile {
  /** Region code, or `FR` for the national files. */
  readonly region: string;
  readonly regionName: string;
  readonly year: number;
  /** « interne » or « diffusion secret n ». */
  readonly variant: string;
  /** Path relative to the batch's folder, with `/`. */
  readonly file: string;
  readonly kind: string;
}

export interface BatchRun {
  /** The pipeline run's folder. */
  readonly from: string;
  /** Its processing date as run.json says (ISO). */
  readonly generatedAt: string;
}

const HEADER = ['Code région', 'Région', 'Année', 'Variante', 'Type', 'Fichier', 'Run du pipeline', 'Traitement du'];

const frenchDate = (iso: string) => (/^\d{4}-\d{2}-\d{2}/.test(iso) ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso);

export function indexCsv(files: readonly IndexedFile[], run: BatchRun): string {
  return toExcelCsv([
    HEADER,
    ...files.map((file) => [file.region, file.regionName, file.year, file.variant, file.kind, file.file, run.from, frenchDate(run.generatedAt)]),
  ]);
}

/**
 * The files an earlier batch of the same run and variant listed in `<out>/index.csv` for regions this
 * batch does not make again (`remade`), when they are still there: a region made again after it
 * failed, alone, leaves the others listed. Anything else of the earlier index is left out.
 */
export async function earlierFiles(out: string, run: BatchRun, variant: string, remade: ReadonlySet<string>): Promise<IndexedFile[]> {
  const text = await readFile(path.join(out, 'index.csv'), 'utf8').catch(() => undefined);
  if (text === undefined) return [];
  const [header, ...rows] = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { delimiter: ';', skipEmptyLines: true }).data;
  if (header?.join(';') !== HEADER.join(';')) return [];
  const kept: IndexedFile[] = [];
  for (const [region = '', regionName = '', year = '', rowVariant = '', kind = '', file = '', from, date] of rows) {
    if (from !== run.from || date !== frenchDate(run.generatedAt) || rowVariant !== variant || remade.has(region)) continue;
    const target = path.join(out, ...file.split('/'));
    if (
      file === '' ||
      !isInside(out, target) ||
      !(await stat(target).then(
        (info) => info.isFile(),
        () => false,
      ))
    )
      continue;
    kept.push({ region, regionName, year: Number(year), variant: rowVariant, kind, file });
  }
  return kept;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

/** A link target: each path segment percent-encoded, so a name is never read as markup or a scheme. */
const href = (file: string) => file.split('/').map(encodeURIComponent).join('/');

export function indexHtml(files: readonly IndexedFile[], run: BatchRun, failed: readonly { code: string; name: string; reason: string }[]): string {
  const rows = files
    .map(
      (file) =>
        `<tr><td>${escapeHtml(file.region)}</td><td>${escapeHtml(file.regionName)}</td><td>${file.year}</td><td>${escapeHtml(file.variant)}</td>` +
        `<td>${escapeHtml(file.kind)}</td><td><a href="${escapeHtml(href(file.file))}">${escapeHtml(path.posix.basename(file.file))}</a></td></tr>`,
    )
    .join('\n');
  const failures =
    failed.length === 0
      ? ''
      : `<h2>Régions en échec</h2>\n<ul>${failed.map((f) => `<li>${escapeHtml(`${f.code} ${f.name} : ${f.reason}`)}</li>`).join('')}</ul>\n`;
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Rapports de la commission – index</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b35}.defile{overflow-x:auto}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}th{background:#eef}td:last-child{white-space:nowrap}@media (max-width:600px){body{margin:1rem}}</style>
</head>
<body>
<h1>Rapports de la commission</h1>
<p>Produits à partir du run ${escapeHtml(run.from)} (traitement du ${escapeHtml(frenchDate(run.generatedAt))}).</p>
${failures}<div class="defile"><table>
<thead><tr><th>Code</th><th>Région</th><th>Année</th><th>Variante</th><th>Type</th><th>Fichier</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>
</body>
</html>
`;
}
