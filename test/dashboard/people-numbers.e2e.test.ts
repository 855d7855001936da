// Issue 18, case 9: numbers for people. Every person-facing CSV of a run (`exports/*.csv`) and every
// table the dashboard downloads holds no value with more decimals than its unit means (they carried
// 32,54152384657974, 74728,0218, 0,017964071856287425); the controls page reads in French, spells
// out what its lines code, compares figures as shown and names each structure. On data/sample and
// the version-2 fixture, through the pipeline, the build and Chromium.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportColumns, isTableName, PEOPLE_DECIMALS, TABLE_NAMES, TABLES, type TableName, TERRITORIAL_UNITS, type Unit } from '../../core';
import { type FixtureName, fixtureRun } from '../support/fixture-runs';
import { ARTIFACTS, type DashboardSite, plain, startDashboardSite, watchPages } from './helpers/dashboard-site';

let sample: DashboardSite;
const open = watchPages();

beforeAll(async () => {
  sample = await startDashboardSite({ fixture: 'sample' });
});

afterAll(async () => {
  await sample?.close();
});

/** Decimals of a French-Excel number (`74728,02` → 2); 0 for a whole number or a text. */
const decimals = (cell: string) => /^-?\d+,(\d+)$/.exec(cell)?.[1]?.length ?? 0;

function readCsv(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { delimiter: ';', skipEmptyLines: true }).data;
}

/** The unit of a cell of `exports/<table>.csv`, by its column's label (a territorial value by its row's unit). */
function exportUnit(table: TableName, header: readonly string[], row: readonly string[], c: number): Unit | undefined {
  const columns = exportColumns(TABLES[table]);
  const column = columns.find((candidate) => candidate.label === header[c]);
  if (!column?.unitFrom) return column?.unit;
  const unitLabel = columns.find((candidate) => candidate.name === column.unitFrom)!.label;
  return TERRITORIAL_UNITS[row[header.indexOf(unitLabel)] ?? ''] ?? column.unit;
}

/** Cells of a run's person-facing CSVs with more decimals than their unit means, as `file column value`. */
async function noisyExportCells(run: FixtureName): Promise<{ files: string[]; noisy: string[] }> {
  const dir = path.join((await fixtureRun(run)).out, 'exports');
  const files = (await readdir(dir)).filter((file) => file.endsWith('.csv')).sort();
  const noisy: string[] = [];
  for (const file of files) {
    const [header, ...rows] = readCsv(await readFile(path.join(dir, file), 'utf8'));
    const name = path.basename(file, '.csv');
    for (const row of rows) {
      row.forEach((cell, c) => {
        // A table's column by its unit; a control's expected and found values are figures of a
        // table (euros at most: two decimals); a rejected line's cells are the source's own text.
        const unit = isTableName(name) ? exportUnit(name, header!, row, c) : name === 'controles' ? 'euro' : undefined;
        if (unit === undefined) return;
        if (decimals(cell) > (PEOPLE_DECIMALS[unit] ?? 0)) noisy.push(`${file} ${header![c]} ${cell}`);
      });
    }
  }
  return { files, noisy };
}

describe('every person-facing CSV of a run', () => {
  for (const run of ['sample', 'idf-2023-v2', 'idf-2023-v2-arrete-2024-04-30'] as const) {
    it(`${run}: exports/*.csv hold no value with more decimals than its unit`, async () => {
      const { files, noisy } = await noisyExportCells(run);
      expect(files).toEqual([...TABLE_NAMES.map((name) => `${name}.csv`), 'controles.csv', 'rejets.csv'].sort());
      expect(noisy).toEqual([]);
    });
  }

  it('exports/controles.csv: evolutions compared as shown and spelt out (no 0,017964071856287425, no « (MSP / biologiste) »)', async () => {
    const [header, ...rows] = readCsv(await readFile(path.join(sample.out, 'exports', 'controles.csv'), 'utf8'));
    const message = header!.indexOf('Message');
    const evolutions = rows.filter((row) => row[0] === 'Évolution').map((row) => row[message]!);
    expect(evolutions.length).toBeGreaterThan(20);
    expect(evolutions.filter((text) => /\([^()]* \/ [^()]*\)/.test(text))).toEqual([]);
    expect(evolutions).toContainEqual(expect.stringMatching(/^Structures \(CDS, groupe 2\) : 0 en 2024 contre 16 en 2023 \(−100,0 %/));
    // 0,018 professional per MSP against 0,033 reads 0,0 against 0,0: no change, no line.
    expect(evolutions.filter((text) => /^(.*) : (\S+) en \d{4} contre \2 en \d{4}/.test(text))).toEqual([]);
    expect(rows.filter((row) => row[0] === 'Évolution' && row[4] === 'region' && row[message]!.includes('biologistes'))).toEqual([]);
  });
});

/** Units a downloaded table's header names: a figure of the section's table (dated or not), a year, an evolution. */
function downloadUnit(table: TableName, indicator: Unit, label: string): Unit | 'evolution' | undefined {
  if (/^\d{4}( |$)|^Total \d{4}/.test(label)) return indicator;
  if (label.startsWith('Évolution')) return 'evolution';
  const undated = label.replace(/ (au \d{2}\/\d{2}\/\d{4}|du 01\/01 au \d{2}\/\d{2}\/\d{4})$/, '');
  const column = TABLES[table].values.find((candidate) => candidate.label === undated || candidate.label.replace(/ au 31\/12$/, '') === undated);
  // A value read in its row's unit (territorial indicators) is at most to the cent.
  return column?.unitFrom ? 'euro' : column?.unit;
}

async function downloadCsv(page: Page, block: string): Promise<string[][]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(block).getByRole('button', { name: 'Télécharger CSV' }).click()]);
  return readCsv(await readFile((await download.path())!, 'utf8'));
}

describe('the dashboard’s downloads', () => {
  it('every table of every section: no value with more decimals than its unit means', async () => {
    const noisy: string[] = [];
    const unknown = new Set<string>();
    let cells = 0;
    for (const section of TABLE_NAMES) {
      const { page } = await open(sample, `?region=11&rubrique=${section}`);
      const indicator = TABLES[section].values.find((column) => column.name === new URL(page.url()).searchParams.get('indicateur'))!.unit;
      for (const block of await page.locator('section.table-block').evaluateAll((blocks) => blocks.map((b) => b.getAttribute('data-block')))) {
        const [header, ...rows] = await downloadCsv(page, `section.table-block[data-block="${block}"]`);
        for (const row of rows) {
          row.forEach((cell, c) => {
            if (c === 0 || !/^-?\d/.test(cell)) return;
            const unit = downloadUnit(section, indicator, header![c]!);
            if (unit === undefined) {
              unknown.add(`${section} ${header![c]}`);
              return;
            }
            cells += 1;
            const most = unit === 'evolution' ? 1 : (PEOPLE_DECIMALS[unit] ?? 0);
            if (decimals(cell) > most) noisy.push(`${section} ${block} ${header![c]} ${cell}`);
          });
        }
      }
    }
    // Every figure but the areas' codes was checked against its unit.
    expect([...unknown]).toEqual([]);
    expect(cells).toBeGreaterThan(1000);
    expect(noisy).toEqual([]);
  });

  it('a mean to the cent and an evolution to a tenth (they read 74728,0218 and 32,54152384657974)', async () => {
    const { page } = await open(sample, '?region=11&rubrique=cds_remunerations&indicateur=moyenne');
    const [header, ...rows] = await downloadCsv(page, 'section.table-block[data-block="par-departement"]');
    const region = rows.find((row) => row[0] === '11')!;
    expect(region[header!.indexOf('Moyenne')]).toMatch(/^\d+,\d{1,2}$/);
    const [years, ...lines] = await downloadCsv(page, 'section.table-block[data-block="par-annee"]');
    const evolution = years!.findIndex((label) => label.startsWith('Évolution'));
    expect(lines.every((line) => decimals(line[evolution] ?? '') <= 1)).toBe(true);
  });

  it('a structure list: ETP to a tenth, amounts to the cent', async () => {
    const { page } = await open(sample, '?region=11&rubrique=cds_effectifs&structures=93');
    const list = page.locator('section.structures');
    await list.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), list.getByRole('button', { name: 'Télécharger CSV' }).click()]);
    const [header, ...rows] = readCsv(await readFile((await download.path())!, 'utf8'));
    const etp = header!.indexOf('ETP');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((row) => decimals(row[etp] ?? '') > 1)).toEqual([]);
  });
});

describe('the controls page', () => {
  it('reads in French, spells out its codes, compares as shown and names each structure', async () => {
    const { page } = await open(sample, '?vue=qualite');
    const table = page.locator('table.control-table');
    await table.waitFor();
    const names = (await page.locator('#controle-nom option').allTextContents()).map(plain);
    expect(names).toContain('Évolution');
    expect(names).toContain('Rémunération sans patientèle');
    expect(names.filter((name) => /_|\bEvolution\b|\bRemuneration\b|patientele\b/.test(name))).toEqual([]);
    expect((await table.locator('thead th').allTextContents()).map(plain)).toEqual(['Gravité', 'Contrôle', 'Territoire', 'Structure', 'Année', 'Constat']);
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    const messages = rows.map((row) => plain(row[5]!));
    expect(messages.filter((text) => /\([^()]* \/ [^()]*\)/.test(text))).toEqual([]);
    expect(messages).toContainEqual(expect.stringMatching(/^Structures \(CDS, groupe 2\) : 0 en 2024 contre 16 en 2023 \(−100,0 %/));
    expect(messages.filter((text) => /^(.*) : (\S+) en \d{4} contre \2 en \d{4}/.test(text))).toEqual([]);
    // Every line names its structure, by name and identifier, or says it is about an area's figure.
    expect(rows.filter((row) => row[3] === '')).toEqual([]);
    const machine = Papa.parse<Record<string, string>>(await readFile(path.join(sample.out, 'controles.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const ids = machine.filter((line) => line.id_structure).map((line) => line.id_structure!);
    expect(ids.length).toBeGreaterThan(0);
    expect(rows.filter((row) => /^.+ \([A-Z]+\d+\)$/.test(row[3]!)).map((row) => /\(([A-Z]+\d+)\)$/.exec(row[3]!)![1])).toEqual(ids);
    expect(rows.find((row) => row[1] === 'Évolution')?.[3]).toBe('Ensemble du territoire');
    expect(rows.find((row) => row[1] === 'Évolution')?.[2]).toMatch(/^(Île-de-France|\d{2} – .+)$/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'people-numbers-controls.png') });
  });
});
