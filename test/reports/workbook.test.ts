import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES } from '../../core';
import type { ReportResult } from '../../reports';
import { addTableSheet } from '../../reports/workbook';
import { decodeXml, zipEntries } from './helpers/office-xml';
import { type PipelineRun, runFixturePipeline } from './helpers/pipeline-run';
import { reportFrom } from './helpers/report-run';

let run: PipelineRun;
let report: ReportResult;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  run = await runFixturePipeline();
  report = await reportFrom(run, 'report');
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(report.workbook);
});
afterAll(() => run.cleanup());

const headerIndex = (sheet: ExcelJS.Worksheet, label: string) => {
  const labels = (sheet.getRow(1).values as unknown[]).slice(1);
  const index = labels.indexOf(label);
  expect(index, label).toBeGreaterThanOrEqual(0);
  return index + 1;
};
const rowWhere = (sheet: ExcelJS.Worksheet, column: number, value: string) => {
  for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(column).value === value) return sheet.getRow(r);
  throw new Error(`no row with ${value}`);
};

describe('the workbook (fixture Île-de-France 2023)', () => {
  it('is named after the region and the year and holds one sheet per table, then definitions and provenance', () => {
    expect(path.basename(report.workbook)).toBe('tableaux-11-2023.xlsx');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Adhésions',
      'Patientèle',
      'Rémunérations',
      'Professionnels',
      'Profil des MSP',
      'CPTS',
      'Centres de santé',
      'CDS effectifs',
      'CDS patientèle',
      'CDS rémunération',
      'Groupes de rémunération',
      'Indicateurs',
      'Contrôles',
      'Dépistage',
      'Autres programmes',
      'Évolutions',
      'Définitions',
      'Provenance',
    ]);
  });

  it('stores 13 295 968,61 € and 162 paid MSP as numbers with French formats on the region row', () => {
    const sheet = workbook.getWorksheet('Rémunérations')!;
    const region = rowWhere(sheet, headerIndex(sheet, 'Territoire'), 'Île-de-France');
    const amount = region.getCell(headerIndex(sheet, 'Montant total (€)'));
    expect(amount.value).toBe(13295968.61);
    // exceljs reads the format back without its escaping backslash; the file's own XML is checked below.
    expect(amount.numFmt).toBe('[$-40C]#,##0.00 "€"');
    const paid = region.getCell(headerIndex(sheet, 'Structures rémunérées'));
    expect(paid.value).toBe(162);
    expect(paid.numFmt).toBe('[$-40C]#,##0');
    expect(region.getCell(headerIndex(sheet, 'Niveau')).value).toBe('Région');
    expect(region.getCell(headerIndex(sheet, 'Code')).value).toBe('11');
  });

  it('types the figures as numbers in the sheet XML (no shared string, no inline text)', async () => {
    const zip = await zipEntries(report.workbook);
    const xml = await zip.file('xl/worksheets/sheet3.xml')!.async('string');
    // Row 10 is the region (header, 8 departments, region); G = Montant total, F = Structures rémunérées.
    const cell = (ref: string) => new RegExp(`<c r="${ref}"([^>]*)>(.*?)</c>`).exec(xml);
    expect(cell('G10')![1]).not.toMatch(/t="/);
    expect(cell('G10')![2]).toBe('<v>13295968.61</v>');
    expect(cell('F10')![2]).toBe('<v>162</v>');
    const styles = decodeXml(await zip.file('xl/styles.xml')!.async('string'));
    expect(styles).toContain('formatCode="[$-40C]#,##0.00\\ "€""');
    expect(styles).toContain('formatCode="[$-40C]0.0\\ "%""');
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(decodeXml(strings)).toContain('Île-de-France');
  });

  it('puts each department on its own row with its figures', () => {
    const sheet = workbook.getWorksheet('Patientèle')!;
    const territory = headerIndex(sheet, 'Territoire');
    const mt = headerIndex(sheet, 'Patientèle MT');
    expect(rowWhere(sheet, territory, "Val-d'Oise").getCell(mt).value).toBe(117322);
    expect(rowWhere(sheet, territory, 'Île-de-France').getCell(mt).value).toBe(885059);
    const names = [];
    for (let r = 2; r <= 10; r++) names.push(sheet.getRow(r).getCell(territory).value);
    expect(names).toEqual([
      'Paris',
      'Seine-et-Marne',
      'Yvelines',
      'Essonne',
      'Hauts-de-Seine',
      'Seine-Saint-Denis',
      'Val-de-Marne',
      "Val-d'Oise",
      'Île-de-France',
    ]);
  });

  it('keeps rates in percent with a literal % format, and codes as text', () => {
    const sheet = workbook.getWorksheet('CPTS')!;
    const region = rowWhere(sheet, headerIndex(sheet, 'Territoire'), 'Île-de-France');
    const rate = region.getCell(headerIndex(sheet, 'Taux de couverture (%)'));
    expect(rate.value).toBe(78.9); // rounded to what a rate means (issue #12); tables/ keep 78.8584…
    expect(rate.numFmt).toBe('[$-40C]0.0 "%"');
    const paris = rowWhere(sheet, headerIndex(sheet, 'Territoire'), 'Paris');
    expect(paris.getCell(headerIndex(sheet, 'Code')).value).toBe('75');
  });

  it('spells professions and programmes out in French', () => {
    const professions = workbook.getWorksheet('Professionnels')!;
    // The region's row (department rows come first since contract version 2).
    const territory = headerIndex(professions, 'Territoire');
    const profession = headerIndex(professions, 'Profession');
    const rows = Array.from({ length: professions.rowCount - 1 }, (_, i) => professions.getRow(i + 2));
    const row = rows.find((r) => r.getCell(territory).value === 'Île-de-France' && r.getCell(profession).value === 'Sages-femmes')!;
    expect(row.getCell(headerIndex(professions, 'Professionnels')).value).toBe(148);
    const screening = workbook.getWorksheet('Dépistage')!;
    expect(rowWhere(screening, headerIndex(screening, 'Programme'), 'Cancer du sein')).toBeDefined();
  });

  it('freezes the header row, filters it, and sizes the columns to their content', () => {
    for (const sheet of workbook.worksheets.slice(0, 7)) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeDefined();
      expect(sheet.getRow(1).font?.bold).toBe(true);
    }
    const sheet = workbook.getWorksheet('Rémunérations')!;
    const width = (label: string) => sheet.getColumn(headerIndex(sheet, label)).width!;
    expect(width('Montant total (€)')).toBeGreaterThanOrEqual('13 295 968,61 €'.length);
    expect(width('Code')).toBeLessThan(width('Territoire'));
  });

  it('writes the definition and the secrecy rule under each table', () => {
    const sheet = workbook.getWorksheet('Rémunérations')!;
    const notes: string[] = [];
    sheet.eachRow((row) => {
      const first = row.getCell(1).value;
      if (typeof first === 'string' && first.length > 40) notes.push(first);
    });
    expect(notes[0]).toBe(`Définition : ${TABLES.remunerations.definition}`);
    expect(notes[1]).toBe('Diffusion interne : aucun secret statistique appliqué.');
    expect(notes[2]).toBe('Source : Assurance Maladie, export « rémunérations ACI » (traitement du 03/06/2024) ; date de référence 31/12/2023.');
  });

  it('has a "Définitions" sheet with every table and the glossary', () => {
    const sheet = workbook.getWorksheet('Définitions')!;
    const titles: unknown[] = [];
    sheet.eachRow((row) => titles.push(row.getCell(2).value));
    for (const spec of Object.values(TABLES)) expect(titles).toContain(spec.title);
  });

  it('records the provenance: run date, input files with their rows, rejected rows', () => {
    const sheet = workbook.getWorksheet('Provenance')!;
    const facts = new Map<unknown, unknown>();
    sheet.eachRow((row) => facts.set(row.getCell(1).value, row.getCell(2).value));
    expect(facts.get('Région')).toBe('Île-de-France (11)');
    expect(facts.get('Traitement des données (pipeline)')).toBe('03/06/2024 à 10:00');
    expect(facts.get('Lignes rejetées')).toBe(0);
    expect(facts.get('Classeur produit le')).toBe('04/06/2024 à 09:30');
    const structures = rowWhere(sheet, 1, 'structures.csv');
    expect(structures.getCell(2).value).toBe('structures');
    expect(structures.getCell(5).value).toBe(1310);
    expect(structures.getCell(7).value).toBe(0);
    expect(rowWhere(sheet, 1, 'professionnels.csv').getCell(5).value).toBe(874);
  });
});

describe('addTableSheet(workbook, spec, rows, options)', () => {
  it('neutralises text cells that a spreadsheet would read as a formula, and leaves numbers alone', async () => {
    const book = new ExcelJS.Workbook();
    const rows = ['=HYPERLINK("http://x")', '+33 1', '-2', '@SUM(A1)', '\tTAB', '\rCR'].map((profession, index) => ({
      niveau: 'region',
      code: '11',
      annee: 2023,
      type_structure: 'MSP',
      profession,
      nb_professionnels: -index,
      nb_structures_avec: 1,
      pct_structures_avec: 1,
      moyenne_par_structure: 1,
      moyenne_par_structure_presente: 1,
    }));
    const sheet = addTableSheet(book, TABLES.professionnels, rows);
    const column = headerIndex(sheet, 'Profession');
    const values = rows.map((_, index) => sheet.getRow(index + 2).getCell(column).value);
    expect(values).toEqual(['\'=HYPERLINK("http://x")', "'+33 1", "'-2", "'@SUM(A1)", "'\tTAB", "'\rCR"]);
    expect(sheet.getRow(4).getCell(headerIndex(sheet, 'Professionnels')).value).toBe(-2);
  });

  it('shows masked cells as NS, for the dashboard as for the reports', () => {
    const book = new ExcelJS.Workbook();
    const row = { niveau: 'departement', code: '75', nb_dentaire: 1, nb_infirmier: 0, nb_medical: 2, nb_polyvalent: 0, nb_total: 3 };
    const sheet = addTableSheet(book, TABLES.cds, [row], { sheetName: 'CDS', masks: [new Set(['nb_dentaire'])], notes: ['Règle'] });
    expect(sheet.name).toBe('CDS');
    expect(sheet.getRow(2).getCell(headerIndex(sheet, 'Dentaires')).value).toBe('NS');
    expect(sheet.getRow(2).getCell(headerIndex(sheet, 'Médicaux')).value).toBe(2);
  });
});
