// Text dumps of a deck and a workbook, as a reviewer reads them in a diff: per slide its texts in
// order (text boxes, table rows, charts' titles and series, images' descriptions), per sheet its
// columns' number formats and its cells row by row. Exact: the runs behind them have a fixed processing
// date, so dates and French spaces are compared as written.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { decodeXml } from './office-xml';

const oneLine = (text: string) => text.replace(/\r?\n/g, ' ⏎ ');

/** The paragraphs of a text body, each its runs joined (line breaks as ⏎), empty ones left out. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
    .map((paragraph) =>
      [...paragraph[1]!.matchAll(/<a:t>([^<]*)<\/a:t>|<a:br\b[^>]*>/g)].map((token) => (token[1] === undefined ? ' ⏎ ' : decodeXml(token[1]))).join(''),
    )
    .filter((text) => text.trim() !== '');
}

const values = (xml: string | undefined) => [...(xml ?? '').matchAll(/<c:pt idx="\d+">\s*<c:v>([^<]*)<\/c:v>/g)].map((match) => decodeXml(match[1]!));

function chartLines(xml: string): string[] {
  const title = /<c:title>([\s\S]*?)<\/c:title>/.exec(xml)?.[1];
  const kinds = [...xml.matchAll(/<c:(\w+)Chart>/g)].map((match) => match[1]!);
  const lines = [`[graphique ${kinds.join('+')}] ${title ? paragraphs(title).join(' / ') : '(sans titre)'}`];
  for (const series of xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)) {
    const body = series[1]!;
    const name = values(/<c:tx>([\s\S]*?)<\/c:tx>/.exec(body)?.[1]).join(' ');
    const categories = values(/<c:cat>([\s\S]*?)<\/c:cat>/.exec(body)?.[1]);
    const points = values(/<c:val>([\s\S]*?)<\/c:val>/.exec(body)?.[1]);
    const format = /<c:dLbls>[\s\S]*?<c:numFmt formatCode="([^"]*)"/.exec(body)?.[1];
    lines.push(`  série « ${name} »${format ? ` (étiquettes ${decodeXml(format)})` : ''}`);
    lines.push(...points.map((value, index) => `    ${categories[index] ?? index + 1} = ${value}`));
  }
  return lines;
}

/** Every slide of a PPTX: its shapes in document order. */
export async function deckDump(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve(undefined);
  const slides = Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  const out: string[] = [`Présentation ${path.basename(file)} : ${slides.length} diapositives`];
  for (const [index, name] of slides.entries()) {
    const xml = (await read(name))!;
    const rels = (await read(`${name.replace('slides/', 'slides/_rels/')}.rels`)) ?? '';
    const target = (id: string) => {
      const found = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      return found === undefined ? undefined : path.posix.normalize(found.startsWith('/') ? found.slice(1) : path.posix.join('ppt/slides', found));
    };
    out.push('', `=== Diapositive ${index + 1}`);
    const shapes = xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>|<p:graphicFrame>[\s\S]*?<\/p:graphicFrame>|<p:pic>[\s\S]*?<\/p:pic>/g);
    for (const [shape] of shapes) {
      if (shape.startsWith('<p:sp>')) {
        for (const text of paragraphs(shape)) out.push(text);
      } else if (shape.startsWith('<p:pic>')) {
        out.push(`[image] ${decodeXml(/descr="([^"]*)"/.exec(shape)?.[1] ?? '')}`);
      } else if (shape.includes('<a:tbl>')) {
        out.push('[tableau]');
        for (const row of shape.matchAll(/<a:tr[\s>][\s\S]*?<\/a:tr>/g)) {
          const cells = [...row[0].matchAll(/<a:tc[\s>][\s\S]*?<\/a:tc>/g)].map((cell) => paragraphs(cell[0]).join(' / '));
          out.push(`  | ${cells.join(' | ')} |`);
        }
      } else {
        const id = /<c:chart [^>]*r:id="([^"]+)"/.exec(shape)?.[1];
        const chart = id === undefined ? undefined : target(id);
        const chartXml = chart === undefined ? undefined : await read(chart);
        out.push(...(chartXml === undefined ? ['[cadre sans graphique lisible]'] : chartLines(chartXml)));
      }
    }
  }
  return `${out.join('\n')}\n`;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object') return typeof value === 'string' ? oneLine(value) : String(value);
  if ('richText' in value) return oneLine(value.richText.map((run) => run.text).join(''));
  if ('hyperlink' in value) return `${oneLine(String(value.text))} <${value.hyperlink}>`;
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : value.sharedFormula;
    return `=${formula} → ${cellText((value.result ?? null) as ExcelJS.CellValue)}`;
  }
  if ('error' in value) return String(value.error);
  return JSON.stringify(value);
}

/** Numbers and dates: the cells a number format applies to. */
function formatted(value: ExcelJS.CellValue): boolean {
  if (typeof value === 'number' || value instanceof Date) return true;
  return typeof value === 'object' && value !== null && 'result' in value && (typeof value.result === 'number' || value.result instanceof Date);
}

const formatOf = (cell: ExcelJS.Cell) => cell.numFmt || 'General';

/**
 * Every sheet of an XLSX: the number format of each column (the one most of its numbers have),
 * then each row's cell values; a number whose format is not its column's shows it.
 */
export async function workbookDump(file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const out: string[] = [`Classeur ${path.basename(file)} : « ${workbook.title} », ${workbook.worksheets.length} feuilles`];
  for (const sheet of workbook.worksheets) {
    out.push('', `=== Feuille « ${sheet.name} » (${sheet.rowCount} lignes × ${sheet.columnCount} colonnes)`);
    const counts = new Map<string, Map<string, number>>();
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (!formatted(cell.value)) return;
        const column = counts.get(cell.col.toString()) ?? new Map<string, number>();
        column.set(formatOf(cell), (column.get(formatOf(cell)) ?? 0) + 1);
        counts.set(cell.col.toString(), column);
      }),
    );
    const columnFormat = new Map([...counts].map(([column, formats]) => [column, [...formats].sort((a, b) => b[1] - a[1])[0]![0]]));
    const shown = [...columnFormat]
      .filter(([, format]) => format !== 'General')
      .sort((a, b) => Number(a[0]) - Number(b[0]))
      .map(([column, format]) => `${sheet.getColumn(Number(column)).letter} ⟨${format}⟩`);
    if (shown.length > 0) out.push(`formats : ${shown.join(' · ')}`);
    // A merged range shows its value once, in its first cell, with the range.
    const merges = new Map((sheet.model.merges ?? []).map((range) => [range.split(':')[0]!, range]));
    sheet.eachRow((row, number) => {
      const cells: string[] = [];
      for (let column = 1; column <= row.cellCount; column++) {
        const cell = row.getCell(column);
        if (cell.isMerged && cell.master.address !== cell.address) {
          cells.push('');
          continue;
        }
        const own = formatted(cell.value) && formatOf(cell) !== columnFormat.get(String(column)) ? ` ⟨${formatOf(cell)}⟩` : '';
        const merged = merges.has(cell.address) ? ` [fusion ${merges.get(cell.address)}]` : '';
        cells.push(`${cellText(cell.value)}${own}${merged}`);
      }
      while (cells.at(-1) === '') cells.pop();
      out.push(`${number} | ${cells.join(' | ')}`);
    });
  }
  return `${out.join('\n')}\n`;
}
