// A partner version of the report is named and labelled as such, and its figures for people carry
// only the decimals they mean.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSlides } from './helpers/office-xml';
import { type PipelineRun, runFixturePipeline } from './helpers/pipeline-run';
import { reportFrom } from './helpers/report-run';

let run: PipelineRun;
beforeAll(async () => {
  run = await runFixturePipeline();
});
afterAll(() => run.cleanup());

describe('partner files', () => {
  it('are named …-diffusion-secret<n> and say so on their cover; the internal ones keep their names', async () => {
    const partner = await reportFrom(run, 'partenaire', { secret: 11 });
    expect(path.basename(partner.deck)).toBe('commission-11-2023-diffusion-secret11.pptx');
    expect(path.basename(partner.workbook)).toBe('tableaux-11-2023-diffusion-secret11.xlsx');
    const [cover] = await readSlides(partner.deck);
    expect(cover!.texts[0]).toBe('DIFFUSION EXTERNE SOUS SECRET STATISTIQUE (SEUIL 11)');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(partner.workbook);
    expect(workbook.title).toBe('Tableaux Île-de-France 2023 – Diffusion externe sous secret statistique (seuil 11)');
    const provenance = workbook.getWorksheet('Provenance')!;
    expect([provenance.getCell('A1').value, provenance.getCell('B1').value]).toEqual(['Diffusion', 'Diffusion externe sous secret statistique (seuil 11)']);

    const internal = await reportFrom(run, 'interne');
    expect(path.basename(internal.deck)).toBe('commission-11-2023.pptx');
    expect(path.basename(internal.workbook)).toBe('tableaux-11-2023.xlsx');
    const [internalCover] = await readSlides(internal.deck);
    expect(internalCover!.texts.join(' ')).not.toContain('DIFFUSION EXTERNE');
  });

  it('keep in their CSV and workbook cells only the decimals a figure means', async () => {
    const internal = await reportFrom(run, 'arrondis');
    const csv = await readFile(path.join(path.dirname(internal.deck), 'csv', 'patientele.csv'), 'utf8');
    expect(csv).toContain(';4855,6;');
    expect(csv).not.toMatch(/\d,\d{2,}(;|\r\n)/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(internal.workbook);
    const sheet = workbook.getWorksheet('Patientèle')!;
    const values = sheet.getRow(2).values as unknown[];
    expect(values).toContain(4855.6);
    const remunerations = workbook.getWorksheet('Rémunérations')!;
    remunerations.eachRow((row, number) => {
      if (number === 1) return;
      for (const value of row.values as unknown[]) {
        if (typeof value === 'number') expect(Math.round(value * 100) / 100, `row ${number}`).toBe(value);
      }
    });
  });
});
