// The structures behind the figures (`detail/<table>.csv`): for every table of structures, every
// department row and every additive column, the sum of its detail rows is the published figure,
// at every arrêté and on every kind of input; the drill-down lists read the same rows; a run whose
// figures would differ from their structures publishes nothing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeStructureRows, STRUCTURE_ROWS_DIR, TABLE_NAMES, TABLES, type TableName } from '../../core';
import { structureList } from '../../dashboard/src/structures/structure-list';
import { generateExports } from '../../data/generate';
import { InternalError, runPipeline, silentLogger } from '../../pipeline';
import { detailFiles, STRUCTURE_TABLES } from '../../pipeline/model';
import { type FixtureName, fixtureRun } from '../support/fixture-runs';
import { checkDetailSums, checkTableDetail, readCsv } from './detail-sums';
import { inputDir, STRUCTURES, tempDir } from './helpers';

// Another draw of the generator than data/sample's, so the rules meet other dates and statuses.
const GENERATED_SEED = 7;

let scratch: string;
const outs: Record<string, string> = {};
/** The runs shared with other test files (test/support/fixture-runs.ts), by the name shown here. */
const SHARED: Record<string, FixtureName> = {
  'idf-2023 (v1)': 'idf-2023',
  'idf-2023-v2': 'idf-2023-v2',
  'data/sample': 'sample',
  'data/sample --arrete 2023-06-30': 'sample-arrete-2023-06-30',
};
const GENERATED = `generated region (seed ${GENERATED_SEED}) --arrete 2023-06-30`;
const RUNS = [...Object.keys(SHARED), GENERATED];

beforeAll(async () => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'cpr-detail-'));
  for (const [name, fixture] of Object.entries(SHARED)) outs[name] = (await fixtureRun(fixture)).out;
  const generated = path.join(scratch, 'generated');
  generateExports({ scale: 'region', out: generated, seed: GENERATED_SEED });
  outs[GENERATED] = path.join(scratch, 'out-generated');
  await runPipeline({ input: generated, out: outs[GENERATED], log: silentLogger, arrete: '2023-06-30' });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const sample0630 = () => outs['data/sample --arrete 2023-06-30']!;

/** The department row of a published table. */
async function figure(out: string, table: TableName, where: Record<string, string>): Promise<Record<string, string>> {
  const { rows } = await readCsv(path.join(out, 'tables', `${table}.csv`));
  const row = rows.find((r) => r.niveau === 'departement' && Object.entries(where).every(([k, v]) => r[k] === v));
  if (!row) throw new Error(`no row ${JSON.stringify(where)} in tables/${table}.csv`);
  return row;
}

async function detailRows(out: string, table: TableName, where: Record<string, string>): Promise<Record<string, string>[]> {
  const { rows } = await readCsv(path.join(out, 'detail', `${table}.csv`));
  return rows.filter((r) => Object.entries(where).every(([k, v]) => r[k] === v));
}

const total = (rows: readonly Record<string, string>[], column: string) => rows.reduce((sum, row) => sum + Number(row[column]), 0);

describe('detail/<table>.csv', () => {
  it('exists for the 13 tables of structures, not for the tables of areas (screening, territorial indicators)', () => {
    expect(STRUCTURE_TABLES).toHaveLength(13);
    expect(TABLE_NAMES.filter((name) => !STRUCTURE_TABLES.includes(name))).toEqual(['depistage', 'indicateurs_territoriaux']);
  });

  it('is found by the table’s name: a table of structures without its detail file, or a file of no such table, stops the build', async () => {
    expect([...(await detailFiles()).keys()]).toEqual(STRUCTURE_TABLES);
    const dir = mkdtempSync(path.join(scratch, 'detail-'));
    const url = pathToFileURL(`${dir}/`);
    for (const name of STRUCTURE_TABLES.filter((n) => n !== 'cds')) writeFileSync(path.join(dir, `${name}.sql`), 'SELECT 1');
    await expect(detailFiles(url)).rejects.toThrow('no detail for cds');
    writeFileSync(path.join(dir, 'cds.sql'), 'SELECT 1');
    writeFileSync(path.join(dir, 'depistage.sql'), 'SELECT 1');
    await expect(detailFiles(url)).rejects.toThrow('depistage.sql names no table of structures');
  });

  it.each(RUNS)('adds up to every department figure of every table of structures: %s', async (run) => {
    const out = outs[run]!;
    expect((await readdir(path.join(out, 'detail'))).sort()).toEqual(STRUCTURE_TABLES.map((name) => `${name}.csv`).sort());
    const check = await checkDetailSums(out);
    expect(check.problems).toEqual([]);
    expect(check.compared).toBeGreaterThan(0);
    expect(check.detailRows).toBeGreaterThan(0);
  });

  it('has rows for every table of structures on the v2 fixture, each structure once per key', async () => {
    for (const name of STRUCTURE_TABLES) {
      const check = await checkTableDetail(outs['idf-2023-v2']!, name);
      // Version 2 exports have no events of structures (contract version 3).
      if (name === 'evenements') expect(check.detailRows, name).toBe(0);
      else expect(check.detailRows, name).toBeGreaterThan(0);
      expect(check.problems, name).toEqual([]);
    }
  });
});

describe('the lists the issue found drifting from their figures (data/sample --arrete 2023-06-30)', () => {
  it('centres de santé of Paris: 260 listed, 260 counted', async () => {
    expect((await figure(sample0630(), 'cds', { code: '75' })).nb_total).toBe('260');
    expect(await detailRows(sample0630(), 'cds', { code: '75' })).toHaveLength(260);
  });

  it('contracts of 2023 in Paris: none signed by the arrêté, none listed as signed', async () => {
    const rows = await detailRows(sample0630(), 'adhesions', { code: '75', annee: '2023' });
    expect((await figure(sample0630(), 'adhesions', { code: '75', annee: '2023' })).nb_adhesions).toBe('0');
    expect(total(rows, 'nb_adhesions')).toBe(0);
    expect(total(rows, 'nb_actives_fin_annee')).toBe(Number((await figure(sample0630(), 'adhesions', { code: '75', annee: '2023' })).nb_actives_fin_annee));
  });

  it('CPTS signataires of Essonne: 9 counted, 9 flagged among the 14 CPTS listed', async () => {
    const rows = await detailRows(sample0630(), 'cpts_couverture', { code: '91' });
    expect((await figure(sample0630(), 'cpts_couverture', { code: '91' })).nb_signataires).toBe('9');
    expect(total(rows, 'nb_signataires')).toBe(9);
  });

  it('the dashboard’s lists read the same rows: Paris 260 centres, Essonne 9 signataires', async () => {
    const list = (table: TableName, area: string, filters: Record<string, string> = {}) => {
      const file = path.join(sample0630(), 'dashboard', STRUCTURE_ROWS_DIR, `${table}.json`);
      const rows = decodeStructureRows(JSON.parse(readFileSync(file, 'utf8')))[table] ?? [];
      return structureList(table, rows, area, filters);
    };
    const cds = list('cds', '75');
    expect(cds.lines).toHaveLength(260);
    expect(cds.totals[cds.valueColumns.findIndex((c) => c.key === 'nb_total')]).toBe(260);
    const cpts = list('cpts_couverture', '91');
    expect(cpts.totals[cpts.valueColumns.findIndex((c) => c.key === 'nb_signataires')]).toBe(9);
    const contracts = list('adhesions', '75', { annee: '2023', type_structure: 'MSP' });
    expect(contracts.totals[contracts.valueColumns.findIndex((c) => c.key === 'nb_adhesions')]).toBe(0);
  });

  it('every list of the dashboard totals the table’s figure in every additive column (Seine-Saint-Denis, 2023)', async () => {
    const out = sample0630();
    for (const name of STRUCTURE_TABLES) {
      const file = path.join(out, 'dashboard', STRUCTURE_ROWS_DIR, `${name}.json`);
      const rows = decodeStructureRows(JSON.parse(await readFile(file, 'utf8')))[name] ?? [];
      const { rows: figures } = await readCsv(path.join(out, 'tables', `${name}.csv`));
      const keys = TABLES[name].keys.map((c) => c.name).filter((k) => k !== 'niveau' && k !== 'code');
      for (const row of figures.filter((r) => r.niveau === 'departement' && r.code === '93' && (!('annee' in r) || r.annee === '2023'))) {
        const list = structureList(name, rows, row.code!, Object.fromEntries(keys.map((k) => [k, row[k]!])));
        list.valueColumns.forEach((column, i) => {
          const value = list.totals[i] ?? null;
          const published = row[column.key] === '' ? null : Number(row[column.key]);
          if (value === null || published === null) expect(value ?? 0, `${name} ${row.code} ${column.key}`).toBe(published ?? 0);
          else expect(Math.abs(value - published), `${name} ${row.code} ${column.key}`).toBeLessThan(1e-6 * Math.max(1, Math.abs(published)));
        });
      }
    }
  });
});

describe('the check of every run', () => {
  const exports = () =>
    inputDir({
      'structures.csv': STRUCTURES,
      'remunerations.csv': 'id_structure;annee;montant_total;avance;solde\nMSP1;2023;1000;400;600\nMSP2;2023;500;200;300\n',
    });

  it('stops the run as an internal error when a figure differs from the sum of its structures, and publishes nothing', async () => {
    const input = await exports();
    const out = path.join(await tempDir(), 'out');
    const first = await runPipeline({ input, out, log: silentLogger, now: new Date('2024-06-03T09:00:00Z') });
    expect(first.rejected).toBe(0);
    const before = await readFile(path.join(out, 'run.json'), 'utf8');
    const run = runPipeline({
      input,
      out,
      log: silentLogger,
      // A model drifting from its detail, as the lists used to: one structure's amount changed behind the table's back.
      afterModels: (warehouse) => warehouse.run(`UPDATE detail.remunerations SET montant_total = montant_total + 1 WHERE id_structure = 'MSP1'`),
    });
    await expect(run).rejects.toBeInstanceOf(InternalError);
    await expect(run).rejects.toThrow(
      'Erreur interne : tables/remunerations.csv, Paris (75) 2023 MSP, montant_total = 1000.00 mais la somme des structures de detail/remunerations.csv = 1001.00 ; rien n’a été publié.',
    );
    // The last good output is untouched, and no staging folder is left beside it.
    expect(await readFile(path.join(out, 'run.json'), 'utf8')).toBe(before);
    expect(await readdir(path.dirname(out))).toEqual(['out']);
  });

  it('finds detail rows under no published row, and a figure with no structure left behind it', async () => {
    const input = await exports();
    const fail = async (sql: string) => {
      const out = path.join(await tempDir(), 'out');
      const error = await runPipeline({ input, out, log: silentLogger, afterModels: (warehouse) => warehouse.run(sql) }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InternalError);
      expect(await readdir(path.dirname(out))).toEqual([]);
      return (error as Error).message;
    };
    // Bouches-du-Rhône: a department of a region the exports do not speak of.
    expect(await fail(`INSERT INTO detail.cds VALUES ('13', 'CDS9', 1, 0, 0, 0, 1)`)).toContain(
      'detail/cds.csv liste des structures pour Bouches-du-Rhône (13), qui n’a pas de ligne dans tables/cds.csv',
    );
    expect(await fail(`DELETE FROM detail.remunerations WHERE id_structure = 'MSP2'`)).toContain(
      'tables/remunerations.csv, Corse-du-Sud (2A) 2023 MSP, nb_remunerees = 1 mais la somme des structures de detail/remunerations.csv = 0 (aucune structure)',
    );
  });
});
