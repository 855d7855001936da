import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_NAMES, TABLES, type TableName } from '../../core';
import { exportColumns } from '../../core/published/export-columns';
import { type ReportResult, tableCsv } from '../../reports';
import { readSlides } from './helpers/office-xml';
import { type PipelineRun, runFixturePipeline } from './helpers/pipeline-run';
import { reportFrom } from './helpers/report-run';

// With --secret 15, departments whose figures stand on 12 to 14 MSP (78, 92 and 94 in the fixture)
// must be masked alike in the deck, the workbook and the CSVs.

let run: PipelineRun;
let internal: ReportResult;
let partner: ReportResult;

beforeAll(async () => {
  run = await runFixturePipeline();
  internal = await reportFrom(run, 'internal');
  partner = await reportFrom(run, 'partner', { secret: 15 });
});
afterAll(() => run.cleanup());

const csvText = async (result: ReportResult, name: string) => readFile(path.join(path.dirname(result.deck), 'csv', `${name}.csv`), 'utf8');
const csvRows = (text: string) =>
  text
    .replace(/^\ufeff/, '')
    .split('\r\n')
    .map((line) => line.split(';'));

describe('csv/<table>.csv', () => {
  it('writes one French-Excel CSV per table: BOM, semicolons, decimal commas, CRLF', async () => {
    expect(internal.csv.map((file) => path.basename(file))).toEqual([
      'adhesions.csv',
      'patientele.csv',
      'remunerations.csv',
      'professionnels.csv',
      'msp_profil.csv',
      'cpts_couverture.csv',
      'cds.csv',
      'cds_effectifs.csv',
      'cds_patientele.csv',
      'cds_remunerations.csv',
      'remunerations_groupes.csv',
      'indicateurs.csv',
      'evenements.csv',
      'depistage.csv',
      'indicateurs_territoriaux.csv',
    ]);
    const bytes = await readFile(path.join(path.dirname(internal.deck), 'csv', 'remunerations.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('\r\n');
    expect(text).not.toMatch(/[^\r]\n/);
    const rows = csvRows(text);
    expect(rows[0]!.slice(0, 7)).toEqual(['Niveau', 'Code', 'Territoire', 'Année', 'Type de structure', 'Structures rémunérées', 'Montant total (€)']);
    const region = rows.find((row) => row[2] === 'Île-de-France')!;
    expect(region.slice(0, 8)).toEqual(['Région', '11', 'Île-de-France', '2023', 'MSP', '162', '13295968,61', '6034501,56']);
  });

  it('states the definition, the secrecy rule and the source under the table', async () => {
    const lines = (await csvText(internal, 'patientele')).trimEnd().split('\r\n');
    expect(lines.at(-4)).toBe('');
    expect(lines.at(-3)).toMatch(/^"?Définition : Patientèle de référence/);
    expect(lines.at(-2)).toBe('Diffusion interne : aucun secret statistique appliqué.');
    // Quoted: the sentence holds the separator.
    expect(lines.at(-1)).toBe('"Source : Assurance Maladie, export « patientèle » (traitement du 03/06/2024) ; date de référence 31/12/2023."');
  });
});

describe('tableCsv(table, source)', () => {
  it('neutralises text cells a spreadsheet would run as a formula, and keeps negative numbers as numbers', () => {
    const row = (profession: string, nb: number) => ({
      niveau: 'region',
      code: '11',
      annee: 2023,
      type_structure: 'MSP',
      profession,
      nb_professionnels: nb,
      nb_structures_avec: 1,
      pct_structures_avec: 1.5,
      moyenne_par_structure: 1,
      moyenne_par_structure_presente: 1,
    });
    const rows = [row('=1+1', -3), row('@SUM(A1)', 2), row('+33', 2), row('-1', 2), row('\tx', 2), row('\rx', 2)];
    const csv = tableCsv({ spec: TABLES.professionnels, rows, masks: rows.map(() => new Set<string>()), secrecy: 'Règle' }, 'Source');
    const lines = csv.replace(/^\ufeff/, '').split('\r\n');
    expect(lines[1]).toBe("Région;11;Île-de-France;2023;MSP;'=1+1;-3;1;1,5;1;1");
    for (const [index, start] of [
      [2, "'@"],
      [3, "'+"],
      [4, "'-"],
      [5, "'\t"],
      [6, "'\r"],
    ] as const) {
      expect(lines[index]!.split(';')[5]!.replace(/^"/, '').startsWith(start), lines[index]).toBe(true);
    }
  });
});

describe('--secret 15: the same masking in every format', () => {
  const masked = ['Yvelines', 'Hauts-de-Seine', 'Val-de-Marne'];

  it('masks the remuneration amounts of departments with fewer than 15 paid MSP in the CSV', async () => {
    const rows = csvRows(await csvText(partner, 'remunerations'));
    const header = rows[0]!;
    const amount = header.indexOf('Montant total (€)');
    for (const row of rows.filter((r) => r[0] === 'Département')) {
      const small = Number(row[header.indexOf('Structures rémunérées')]) < 15;
      expect(row[amount] === 'NS', row[2]).toBe(small);
    }
    expect(rows.filter((row) => row[amount] === 'NS').map((row) => row[2])).toEqual(masked);
    const region = rows.find((row) => row[2] === 'Île-de-France')!;
    expect(region[amount]).toBe('13295968,61');
    expect(region[header.indexOf('Minimum (€)')]).toBe('NS');
    expect(await csvText(partner, 'remunerations')).toContain('Secret statistique (seuil 15) : « NS » remplace toute valeur calculée sur 1 à 14 structures');
  });

  it('masks the same cells in the workbook and the deck as in the CSV', async () => {
    const csvMasked = new Set<string>();
    const rows = csvRows(await csvText(partner, 'remunerations'));
    for (const row of rows.slice(1)) for (const [c, cell] of row.entries()) if (cell === 'NS') csvMasked.add(`${row[2]}|${rows[0]![c]}`);
    expect(csvMasked.size).toBeGreaterThan(0);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(partner.workbook);
    const sheet = workbook.getWorksheet('Rémunérations')!;
    const labels = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const sheetMasked = new Set<string>();
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      for (const [c, label] of labels.entries()) if (row.getCell(c + 1).value === 'NS') sheetMasked.add(`${row.getCell(3).value}|${label}`);
    });
    expect(sheetMasked).toEqual(csvMasked);

    const slide = (await readSlides(partner.deck)).find((s) => s.texts.includes('MSP – rémunération ACI 2023'))!;
    const [header, ...body] = slide.tables[0]!;
    const deckMasked = new Set<string>();
    for (const row of body) {
      row.forEach((cell, c) => {
        if (cell !== 'NS') return;
        const area = row[0]!.replace(/ \(\d\d\)$/, '');
        deckMasked.add(`${area}|${header![c]}`);
      });
    }
    // The deck's labels are shorter than the workbook's: compare the masked cells per area.
    const perArea = (set: Set<string>) => {
      const counts = new Map<string, number>();
      for (const key of set) counts.set(key.split('|')[0]!, (counts.get(key.split('|')[0]!) ?? 0) + 1);
      return counts;
    };
    expect(perArea(deckMasked)).toEqual(perArea(csvMasked));
    expect(slide.texts.join(' ')).toContain('Secret statistique (seuil 15)');
  });

  it('states the rule on every slide and under every table, masked or not', async () => {
    const slides = await readSlides(partner.deck);
    expect(slides[0]!.texts.join(' ')).toContain('Tableaux soumis au secret statistique (seuil 15)');
    for (const slide of slides.slice(1)) expect(slide.texts.join(' '), `slide ${slide.number}`).toContain('Secret statistique (seuil 15)');
    expect(await csvText(partner, 'cds')).toContain('Secret statistique (seuil 15) : dénombrements de centres, publics, non masqués.');
  });

  it('leaves the internal report unmasked', async () => {
    expect(internal.maskedCells).toBe(0);
    expect(partner.maskedCells).toBeGreaterThan(0);
    expect(await csvText(internal, 'remunerations')).not.toContain(';NS');
  });
});

describe('--secret 15: one partner run, the same cells masked in the workbook, the deck and the CSVs', () => {
  // Every table: the CSV and its sheet hold the same rows in the same order, so a cell is its
  // (table, row, column label). The deck shows some rows and columns of three tables: its cells are
  // matched by area (or profession) and by the column the slide's layout puts at that position.
  const csvMasks = async (name: TableName) => {
    const rows = csvRows(await csvText(partner, name));
    const header = rows[0]!;
    const cells = new Set<string>();
    for (const [index, row] of rows.slice(1).entries()) for (const [c, cell] of row.entries()) if (cell === 'NS') cells.add(`${name}|${index}|${header[c]}`);
    return { cells, rows: rows.slice(1), header };
  };

  it('masks exactly the same cells in every CSV and every worksheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(partner.workbook);
    let total = 0;
    for (const name of TABLE_NAMES) {
      const { cells } = await csvMasks(name);
      const sheet = workbook.getWorksheet(TABLES[name].sheet)!;
      const labels = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
      const sheetCells = new Set<string>();
      sheet.eachRow((row, number) => {
        if (number === 1) return;
        for (const [c, label] of labels.entries()) if (row.getCell(c + 1).value === 'NS') sheetCells.add(`${name}|${number - 2}|${label}`);
      });
      expect(sheetCells, name).toEqual(cells);
      total += cells.size;
    }
    expect(total).toBe(partner.maskedCells);
    expect(total).toBeGreaterThan(20);
  });

  it('masks exactly the same cells on the slides as in the CSVs, means and full-year means included', async () => {
    const slides = await readSlides(partner.deck);
    const layouts: { name: TableName; title: string; columns: string[]; rowKey: (row: string[], header: string[]) => string | undefined }[] = [
      {
        name: 'patientele',
        title: 'MSP – patientèle et file active en 2023',
        columns: ['nb_structures', ...['patientele_mt', 'enfants_0_16', 'patientele_reference', 'file_active'].flatMap((m) => [`${m}_somme`, `${m}_moyenne`])],
        rowKey: (row, header) =>
          row[header.indexOf('Année')] === '2023' && row[header.indexOf('Type de structure')] === 'MSP' ? row[header.indexOf('Territoire')] : undefined,
      },
      {
        name: 'remunerations',
        title: 'MSP – rémunération ACI 2023',
        columns: ['nb_remunerees', 'montant_total', 'avance', 'solde', 'moyenne', 'moyenne_annee_complete', 'minimum', 'maximum', 'nb_prerequis_non_atteints'],
        rowKey: (row, header) =>
          row[header.indexOf('Année')] === '2023' && row[header.indexOf('Type de structure')] === 'MSP' ? row[header.indexOf('Territoire')] : undefined,
      },
      {
        name: 'professionnels',
        title: 'MSP – professionnels par profession en 2023 (Île-de-France)',
        columns: ['nb_professionnels', 'nb_structures_avec', 'pct_structures_avec', 'moyenne_par_structure', 'moyenne_par_structure_presente'],
        rowKey: (row, header) =>
          row[header.indexOf('Année')] === '2023' && row[header.indexOf('Niveau')] === 'Région' ? row[header.indexOf('Profession')] : undefined,
      },
    ];
    let compared = 0;
    for (const layout of layouts) {
      const labels = new Map(exportColumns(TABLES[layout.name]).map((column) => [column.name, column.label]));
      const { rows, header } = await csvMasks(layout.name);
      const expected = new Set<string>();
      for (const row of rows) {
        const key = layout.rowKey(row, header);
        if (key === undefined) continue;
        for (const column of layout.columns) if (row[header.indexOf(labels.get(column)!)] === 'NS') expected.add(`${key}|${column}`);
      }
      const shown = new Set<string>();
      for (const slide of slides.filter((s) => s.texts.some((text) => text.startsWith(layout.title)))) {
        for (const row of slide.tables[0]!.slice(1)) {
          const key = row[0]!.replace(/ \([0-9AB]{2,3}\)$/, '');
          for (const [c, cell] of row.slice(1).entries()) if (cell === 'NS') shown.add(`${key}|${layout.columns[c]}`);
        }
      }
      expect(shown, layout.name).toEqual(expected);
      compared += expected.size;
    }
    expect(compared).toBeGreaterThan(10);
  });
});
