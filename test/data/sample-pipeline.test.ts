import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateExports, type GenerationSummary } from '../../data/generate';
import { runPipeline, silentLogger, type RunSummary } from '../../pipeline';
import { readPublishedTables } from '../../pipeline/publish/published-tables';
import { frenchNumber, readExport } from './helpers/read-export';

const SAMPLE = path.resolve(__dirname, '../../data/sample');

let out: string;
let scratch: string;
let run: RunSummary;
let generated: GenerationSummary;

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), 'sample-run-'));
  scratch = mkdtempSync(path.join(os.tmpdir(), 'sample-gen-'));
  // The planted rows' positions, from the generator; the files read are the committed ones.
  generated = generateExports({ scale: 'region', out: scratch });
  run = await runPipeline({ input: SAMPLE, out, log: silentLogger });
});
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

describe('runPipeline on data/sample', () => {
  it('rejects exactly the planted bad rows, at their files and lines', () => {
    const rejects = Papa.parse<Record<string, string>>(readFileSync(path.join(out, 'rejects.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const where = (rows: readonly { file?: string; line?: string | number }[]) => rows.map((row) => `${row.file}:${row.line}`).sort();
    expect(where(rejects)).toEqual(where(generated.planted));
    expect(run.rejected).toBe(13);
  });

  it('keeps every other row of every file', () => {
    for (const file of generated.files) {
      const input = run.inputs.find((i) => i.file === file.file)!;
      const planted = generated.planted.filter((row) => row.file === file.file).length;
      expect(input.rows, file.file).toBe(file.rows);
      expect(input.kept, file.file).toBe(file.rows - planted);
    }
  });

  it('reads each file in its own encoding and delimiter', () => {
    const byFile = new Map(run.inputs.map((input) => [input.file, input]));
    expect(byFile.get('structures.csv')?.encoding).toBe('windows-1252');
    expect(byFile.get('patientele.csv')?.encoding).toBe('utf-8-bom');
    expect(byFile.get('patientele.csv')?.delimiter).toBe(',');
    expect(byFile.get('remunerations.csv')?.delimiter).toBe(';');
    expect(byFile.get('indicateurs_territoriaux.csv')?.encoding).toBe('utf-8-bom');
    expect(byFile.get('indicateurs_territoriaux.csv')?.delimiter).toBe('\t');
  });

  it('publishes the 2023 remuneration total and the active CDS that the sample holds', async () => {
    const tables = await readPublishedTables(out);
    const paid = readExport(SAMPLE, 'remunerations.csv').filter(
      (row) => row['Année'] === '2023' && row['Prérequis atteints'] === 'Oui' && row['ID structure']!.startsWith('MSP'),
    );
    const total = paid.reduce((sum, row) => sum + frenchNumber(row['Montant total']!), 0);
    const region = tables.remunerations.find((row) => row.niveau === 'region' && row.annee === 2023 && row.type_structure === 'MSP')!;
    expect(region.nb_remunerees).toBe(paid.length);
    expect(region.montant_total).toBeCloseTo(total, 2);
    const cds = readExport(SAMPLE, 'structures.csv').filter(
      (row) => row.type_structure === 'CDS' && row.statut === 'actif' && row.code_commune !== '75999',
    );
    expect(tables.cds.find((row) => row.niveau === 'region')!.nb_total).toBe(cds.length);
  });
});
