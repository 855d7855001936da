import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchInputs, prepareInputs } from '../../bench/inputs';
import { measure } from '../../bench/measure';
import { DEFAULT_SEED } from '../../data/generate';

const ROOT = path.resolve(__dirname, '../..');

let dir: string;
let inputs: BenchInputs;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  inputs = await prepareInputs('region', DEFAULT_SEED, dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the benchmark’s inputs and baseline', () => {
  it('generate the exports once and reuse them for the same seed and generator', async () => {
    expect(inputs.generation).not.toBeNull();
    const again = await prepareInputs('region', DEFAULT_SEED, dir);
    expect(again.generation).toBeNull();
    expect(again.summary).toEqual(inputs.summary);
  });

  it('give DuckDB a UTF-8 copy of the Windows-1252 files and the others as they are', () => {
    // Windows-1252 as the generator declares it (format.encoding): structures and, since version 3, the events.
    expect(inputs.summary.files.filter((file) => file.format.encoding === 'windows-1252').map((file) => file.file)).toEqual([
      'structures.csv',
      'evenements_structures.csv',
    ]);
    expect(inputs.baselineFiles.map((file) => path.relative(dir, file)).sort()).toEqual([
      'region/baseline-input/evenements_structures.csv',
      'region/baseline-input/structures.csv',
      'region/input/cpts_communes.csv',
      'region/input/depistage.csv',
      'region/input/indicateurs.csv',
      'region/input/indicateurs_territoriaux.csv',
      'region/input/patientele.csv',
      'region/input/professionnels.csv',
      'region/input/remunerations.csv',
    ]);
  });

  it('load every row of every export with read_csv, accents intact, versions 2 and 3 included', async () => {
    const database = path.join(dir, 'baseline.duckdb');
    const run = await measure('bench/baseline.ts', [database, ...inputs.baselineFiles], { cwd: ROOT });
    const { tables } = JSON.parse(run.stdout) as { tables: { file: string; rows: number; seconds: number }[] };
    expect(tables.map(({ file, rows }) => ({ file, rows }))).toEqual(inputs.summary.files.map((file) => ({ file: file.file, rows: file.rows })));
    for (const table of tables) expect(table.seconds).toBeGreaterThan(0);
    expect(run.maxRss).toBeGreaterThan(0);

    const instance = await DuckDBInstance.create(database, { access_mode: 'READ_ONLY' });
    const connection = await instance.connect();
    try {
      const reader = await connection.runAndReadAll(`SELECT count(*)::INTEGER FROM structures WHERE nom = 'Centre de santé dentaire (saisie manuelle)'`);
      expect(reader.getRows()[0]![0]).toBe(1);
      // The tab-separated file with a BOM: its accented header and French values come through.
      // (Version 3 adds Beyfortus deliveries for the same territory and month, unlabelled there.)
      const territorial = await connection.runAndReadAll(
        `SELECT "Indicateur", "Libellé" FROM indicateurs_territoriaux WHERE "Période" = '2024-02' AND "Territoire" = '75' ORDER BY ALL`,
      );
      expect(territorial.getRows()).toEqual([
        ['beyfortus_delivrances', null],
        ['psychologues_mon_soutien_psy', 'Psychologues conventionnés Mon soutien psy (fin de mois)'],
      ]);
      // Version 3's breakdown columns, accented headers and labels included.
      const modalities = await connection.runAndReadAll(
        `SELECT "Modalité", "Libellé modalité" FROM indicateurs_territoriaux WHERE "Indicateur" = 'depistage_col_uterus' AND "Territoire" = '75' ORDER BY ALL`,
      );
      expect(modalities.getRows()).toEqual([
        ['individuel', 'Dépistage individuel'],
        ['organise', 'Dépistage organisé'],
        [null, null],
      ]);
      // The Windows-1252 events, read from their UTF-8 copy: the accented header and group name come through.
      const events = await connection.runAndReadAll(
        `SELECT count(*)::INTEGER FROM evenements_structures WHERE "Événement" = 'deconventionnement' AND "Groupe" = 'Groupe Sourire Santé'`,
      );
      expect(events.getRows()[0]![0]).toBe(7); // the six centres of the deck and the planted 2042 row
    } finally {
      connection.disconnectSync();
      instance.closeSync();
    }
  });
});
