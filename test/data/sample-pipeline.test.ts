import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GenerationSummary } from '../../data/generate';
import type { RunSummary } from '../../pipeline';
import { readPublishedTables } from '../../pipeline/publish/read-tables';
import { fixtureRun, sharedGeneration } from '../support/fixture-runs';
import { frenchNumber, readExport } from './helpers/read-export';

const SAMPLE = path.resolve(__dirname, '../../data/sample');

let out: string;
let run: RunSummary;
let generated: GenerationSummary;

beforeAll(async () => {
  // The planted rows' positions, from the generator; the files read are the committed ones.
  generated = (await sharedGeneration('region')).summary;
  // runPipeline on data/sample, shared with the dashboard's tests.
  ({ out, summary: run } = await fixtureRun('sample'));
});

describe('runPipeline on data/sample', () => {
  it('rejects exactly the planted bad rows, at their files and lines', () => {
    const rejects = Papa.parse<Record<string, string>>(readFileSync(path.join(out, 'rejects.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const where = (rows: readonly { file?: string; line?: string | number }[]) => rows.map((row) => `${row.file}:${row.line}`).sort();
    expect(where(rejects)).toEqual(where(generated.planted));
    expect(run.rejected).toBe(22);
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
    expect(byFile.get('evenements_structures.csv')?.encoding).toBe('windows-1252');
    expect(byFile.get('evenements_structures.csv')?.delimiter).toBe(';');
  });

  it('publishes the 2023 remuneration total and the active CDS that the sample holds', async () => {
    const tables = await readPublishedTables(out);
    const paid = readExport(SAMPLE, 'remunerations.csv').filter(
      (row) => row.Année === '2023' && row['Prérequis atteints'] === 'Oui' && row['ID structure']!.startsWith('MSP'),
    );
    const total = paid.reduce((sum, row) => sum + frenchNumber(row['Montant total']!), 0);
    const region = tables.remunerations.find((row) => row.niveau === 'region' && row.annee === 2023 && row.type_structure === 'MSP')!;
    expect(region.nb_remunerees).toBe(paid.length);
    expect(region.montant_total).toBeCloseTo(total, 2);
    const cds = readExport(SAMPLE, 'structures.csv').filter((row) => row.type_structure === 'CDS' && row.statut === 'actif' && row.code_commune !== '75999');
    expect(tables.cds.find((row) => row.niveau === 'region')!.nb_total).toBe(cds.length);
  });
});

describe('runPipeline on data/sample: the version-2 tables', () => {
  const structures = () => new Map(readExport(SAMPLE, 'structures.csv').map((row) => [row.id_structure!, row]));

  it('pays the polyvalent and medical centres of 2023 what remunerations.csv says, to the cent', async () => {
    const tables = await readPublishedTables(out);
    const byId = structures();
    const paid = readExport(SAMPLE, 'remunerations.csv').filter(
      (row) =>
        row.Année === '2023' &&
        row['Prérequis atteints'] === 'Oui' &&
        ['polyvalent', 'medical'].includes(byId.get(row['ID structure']!)?.categorie ?? '') &&
        frenchNumber(row['Montant total']!) > 0,
    );
    const cents = paid.reduce((sum, row) => sum + Math.round(frenchNumber(row['Montant total']!) * 100), 0);
    const row = tables.cds_remunerations.find((r) => r.niveau === 'region' && r.annee === 2023 && r.categorie === 'polyvalent_medical')!;
    expect(row.nb_remunerees).toBe(paid.length);
    expect(Math.round(Number(row.montant_total) * 100)).toBe(cents);
  });

  it('splits the 2023 MSP into the five groups, and the indicators add up to what they were paid', async () => {
    const tables = await readPublishedTables(out);
    const groups = tables.remunerations_groupes.filter((r) => r.niveau === 'region' && r.annee === 2023 && r.type_structure === 'MSP');
    expect(groups.map((r) => r.groupe)).toEqual(['1', '2', '3', '4', '5']);
    const byId = structures();
    const rows = readExport(SAMPLE, 'remunerations.csv').filter((r) => r.Année === '2023' && byId.get(r['ID structure']!)?.type_structure === 'MSP');
    expect(groups.reduce((sum, r) => sum + Number(r.nb_structures), 0)).toBe(rows.length);
    const indicators = tables.indicateurs.filter((r) => r.niveau === 'region' && r.annee === 2023 && r.type_structure === 'MSP');
    expect(indicators).toHaveLength(20);
    const paid = tables.remunerations.find((r) => r.niveau === 'region' && r.annee === 2023 && r.type_structure === 'MSP')!;
    const montant = indicators.reduce((sum, r) => sum + Math.round(Number(r.montant) * 100), 0);
    expect(montant).toBe(Math.round(Number(paid.montant_total) * 100));
    expect(indicators.find((r) => r.indicateur === 'msp_acces_soins')!.nb_structures).toBe(rows.length);
  });

  it('keeps a dental centre’s patientèle MT empty, and sums Mon soutien psy over the departments', async () => {
    const tables = await readPublishedTables(out);
    const dental = tables.cds_patientele.find((r) => r.niveau === 'region' && r.annee === 2023 && r.categorie === 'dentaire')!;
    expect(dental.patientele_mt_somme).toBeNull();
    expect(Number(dental.file_active_dentaire_somme)).toBeGreaterThan(0);
    const psy = readExport(SAMPLE, 'indicateurs_territoriaux.csv').filter((r) => r.Indicateur === 'psychologues_mon_soutien_psy' && r.Période === '2024-02');
    const region = tables.indicateurs_territoriaux.find(
      (r) => r.niveau === 'region' && r.indicateur === 'psychologues_mon_soutien_psy' && r.periode === '2024-02',
    )!;
    expect(region.valeur).toBe(psy.reduce((sum, r) => sum + Number(r.Valeur), 0));
  });
});
