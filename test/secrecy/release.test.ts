// One release of the version-2 fixture, as a partner receives it: the region's partner report at
// --secret 11 (deck, workbook, CSVs) and the dashboard's partner figures, then a second report at
// --secret 15. Read back from the files, every output shows and masks the same cells, and the
// attacker holding all of them together recovers nothing. The release's register makes the second
// threshold keep every mask of the first.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeDashboardData, type PublishedTables } from '../../core';
import { partnerData } from '../../dashboard/tools/partner-data';
import { readPublishedTables } from '../../pipeline';
import { generateReport, type Register, ReportError, type ReportResult, readRegister } from '../../reports';
import { type PipelineRun, runFixturePipeline } from '../reports/helpers/pipeline-run';
import { attack, breaches } from './attacker';
import { disagreements, type Holding, heldTables, readCsvs, readDashboard, readWorkbook } from './holdings';

const NOW = new Date('2024-06-04T07:30:00Z');
let run: PipelineRun;
let truth: PublishedTables;
let report11: ReportResult;
let report15: ReportResult;
let logs15: string[];
const files = { csv11: new Map() as Holding, workbook11: new Map() as Holding, dashboard11: new Map() as Holding, csv15: new Map() as Holding };

beforeAll(async () => {
  run = await runFixturePipeline('idf-2023-v2');
  truth = await readPublishedTables(run.out);
  report11 = await generateReport({ from: run.out, out: path.join(run.root, 'partenaire-11'), secret: 11 }, { now: () => NOW });
  const data = decodeDashboardData(JSON.parse(await readFile(path.join(run.out, 'dashboard', 'data.json'), 'utf8')));
  const dashboard = await partnerData({ runDir: run.out, tables: data, threshold: 11, distDir: path.join(run.root, 'dist') });
  logs15 = [];
  report15 = await generateReport(
    { from: run.out, out: path.join(run.root, 'partenaire-15'), secret: 15 },
    { now: () => NOW, log: (line) => logs15.push(line) },
  );
  await readCsvs(files.csv11, truth, path.dirname(report11.deck));
  await readWorkbook(files.workbook11, truth, report11.workbook);
  readDashboard(files.dashboard11, truth, dashboard.tables);
  await readCsvs(files.csv15, truth, path.dirname(report15.deck));
}, 600_000);
afterAll(() => run.cleanup());

const maskedCount = (holding: Holding) => [...holding.values()].reduce((n, rows) => n + [...rows.values()].reduce((m, entry) => m + entry.masked.size, 0), 0);

describe('one release: the partner report and the dashboard at --secret 11', () => {
  it('show and mask the same cells, in the CSVs, the workbook and the dashboard', () => {
    expect(maskedCount(files.csv11)).toBeGreaterThan(1000);
    expect(disagreements(files.csv11, files.workbook11)).toEqual([]);
    expect(disagreements(files.csv11, files.dashboard11)).toEqual([]);
    expect(disagreements(files.workbook11, files.dashboard11)).toEqual([]);
  });

  it('never show a minimum, a maximum or a full-year mean', () => {
    for (const holding of Object.values(files)) {
      for (const entry of holding.get('remunerations')?.values() ?? []) {
        expect([...entry.shown].filter((column) => ['minimum', 'maximum', 'moyenne_annee_complete'].includes(column))).toEqual([]);
      }
    }
  });

  it('leave the attacker holding all of them together no masked figure (linear programs over every table)', async () => {
    const all = new Map() as Holding;
    for (const holding of [files.csv11, files.workbook11, files.dashboard11]) merge(all, holding);
    expect(breaches(await attack(heldTables(all), truth), 11)).toEqual([]);
  }, 300_000);
});

describe('a second threshold on the same data (--secret 15 after --secret 11)', () => {
  it('keeps every mask of the first release, and says so', () => {
    for (const [name, rows] of files.csv11) {
      for (const [key, entry] of rows) {
        const later = files.csv15.get(name)?.get(key);
        if (!later) continue;
        expect(
          [...entry.masked].filter((column) => !later.masked.has(column)),
          `${name} ${key}`,
        ).toEqual([]);
      }
    }
    expect(maskedCount(files.csv15)).toBeGreaterThan(maskedCount(files.csv11));
    expect(logs15.some((line) => /^Seuil de diffusion de ces données : 11 \(seuil demandé : 15\)$/.test(line))).toBe(true);
    expect(logs15.some((line) => /cases masquées des diffusions précédentes \(seuil 11\) le restent$/.test(line))).toBe(true);
  });

  it('gives the attacker holding both releases nothing more', async () => {
    const all = new Map() as Holding;
    for (const holding of [files.csv11, files.workbook11, files.dashboard11, files.csv15]) merge(all, holding);
    expect(breaches(await attack(heldTables(all), truth), 11)).toEqual([]);
  }, 300_000);

  it('is written in the release register with its date, threshold and masks', async () => {
    const register = (await readRegister(run.out)) as Register;
    expect(register.seuil).toBe(11);
    expect(register.diffusions.map((entry) => [entry.sortie, entry.seuil, entry.region ?? null])).toEqual([
      ['rapport', 11, '11'],
      ['tableau de bord', 11, null],
      ['rapport', 15, '11'],
    ]);
    expect(register.diffusions[0]!.date).toBe(NOW.toISOString());
    expect(Object.keys(register.masques).sort()).toEqual(['11', '15']);
    expect(register.masques['15']!.length).toBeGreaterThan(register.masques['11']!.length);
  });
});

describe('a register that no longer matches the data', () => {
  it('stops a partner report with one sentence, before any file is written', async () => {
    const table = path.join(run.out, 'tables', 'patientele.csv');
    const original = await readFile(table, 'utf8');
    await writeFile(table, original.replace(/\n$/, '\n\n'));
    try {
      const error = await generateReport({ from: run.out, out: path.join(run.root, 'refused'), secret: 11 }, { now: () => NOW }).then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(error).toBeInstanceOf(ReportError);
      expect((error as Error).message).toMatch(
        /diffusions\.json : les tables de ce dossier ne sont plus celles des diffusions déjà faites \(la première le 04\/06\/2024\) ; une nouvelle diffusion de données modifiées se fait depuis un nouveau dossier du pipeline/,
      );
    } finally {
      await writeFile(table, original);
    }
  });
});

function merge(into: Holding, from: Holding): void {
  for (const [name, rows] of from) {
    const target = into.get(name) ?? new Map();
    into.set(name, target);
    for (const [key, entry] of rows) {
      const existing = target.get(key) ?? { row: entry.row, shown: new Set<string>(), masked: new Set<string>() };
      for (const column of entry.shown) existing.shown.add(column);
      for (const column of entry.masked) existing.masked.add(column);
      target.set(key, existing);
    }
  }
}
