// Contract version 3 on the committed sample: what the pipeline publishes from data/sample for the
// parts version 3 added (agreement events, MSP profile, breakdowns and quarters of the territorial
// indicators, their rejects and cross-check), compared with test/fixtures/sample-v3/expected, which
// was computed from the CSV files apart from the pipeline's code and SQL (see its README).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, silentLogger } from '../../pipeline';
import { fixtureRun, RUN_DATE, SAMPLE } from '../support/fixture-runs';
import { frenchNumber } from './helpers/read-export';

const EXPECTED = path.resolve(__dirname, '../fixtures/sample-v3/expected');

/** The codes version 3 feeds (the fixture's indicateurs_territoriaux-v3.csv holds every row of these). */
const V3_INDICATORS = new Set([
  'mon_bilan_prevention',
  'mon_bilan_prevention_executants',
  'dmp_documents',
  'e_prescription',
  'beyfortus_delivrances',
  'depistage_col_uterus',
  'cpts_parcours_ic',
]);
/** The files version 3 changed: the fixture's rejects-v3.csv lists every reject of these two. */
const V3_FILES = new Set(['indicateurs_territoriaux.csv', 'evenements_structures.csv']);

/** Value columns compared as numbers; every other column (keys, codes, labels) as text. */
const NUMERIC = {
  evenements: ['nb_structures', 'nb_groupes'],
  msp_profil: ['nb_msp', 'nb_multi_sites', 'pct_multi_sites', 'part_css_moyenne', 'part_ame_moyenne', 'remuneration_mediane'],
  indicateurs_territoriaux: ['valeur'],
} as const;

/**
 * The fixture rounds every value to 4 decimals (Python's repr of the rounded float: `66.6667`,
 * `50.0`), so a published value matches when it rounds to the expected one: within half a unit of
 * the 4th decimal (and float noise). (± 1e-6 would fail on every rounded value.)
 * Counts are whole on both sides, so they still have to be equal; a half-cent median must show.
 */
const TOLERANCE = 0.5e-4 + 1e-9;

interface Csv {
  readonly header: readonly string[];
  readonly rows: readonly Record<string, string>[];
}

function readCsv(file: string): Csv {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors[0]!.message}`);
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
}

/** Every cell where `actual` is not `expected`, row by row in order, as `row n (key…) column: got … expected …`. */
function differences(actual: Csv, expected: Csv, numeric: readonly string[]): string[] {
  const found: string[] = [];
  const rows = Math.max(actual.rows.length, expected.rows.length);
  for (let i = 0; i < rows; i++) {
    const got = actual.rows[i];
    const want = expected.rows[i];
    if (!got || !want) {
      found.push(`row ${i + 1}: ${got ? `extra ${Object.values(got).join(',')}` : `missing ${Object.values(want!).join(',')}`}`);
      continue;
    }
    const where = `row ${i + 1} (${expected.header
      .filter((column) => !numeric.includes(column))
      .map((column) => want[column])
      .join(',')})`;
    for (const column of expected.header) {
      const [a, e] = [got[column] ?? '', want[column] ?? ''];
      const same = numeric.includes(column) && a !== '' && e !== '' ? Math.abs(Number(a) - Number(e)) <= TOLERANCE : a === e;
      if (!same) found.push(`${where} ${column}: got ${JSON.stringify(a)}, expected ${JSON.stringify(e)}`);
    }
  }
  return found;
}

/** The published table against the fixture's file: same columns, rows and order, numbers as rounded. */
function expectTable(actual: Csv, expected: Csv, numeric: readonly string[]): void {
  expect(actual.header).toEqual(expected.header);
  // Rows and their order by their text cells first (a readable diff of what moved), then every cell.
  const text = expected.header.filter((column) => !numeric.includes(column));
  const lines = (csv: Csv) => csv.rows.map((row) => text.map((column) => row[column]).join(','));
  expect(lines(actual), `rows by ${text.join(',')}`).toEqual(lines(expected));
  expect(differences(actual, expected, numeric)).toEqual([]);
}

const table = (out: string, name: string) => readCsv(path.join(out, 'tables', `${name}.csv`));
const v3Territorial = (out: string): Csv => {
  const { header, rows } = table(out, 'indicateurs_territoriaux');
  return { header, rows: rows.filter((row) => V3_INDICATORS.has(row.indicateur!)) };
};
const fileLineColumn = (rows: readonly Record<string, string>[]) =>
  rows
    .map((row) => ({ file: row.file!, line: Number(row.line), column: row.column! }))
    .sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));

interface SampleRun {
  readonly out: string;
  /** The run's arrêté as run.json gives it. */
  readonly arrete: string;
}

let scratch: string;
/** `--arrete 2024-04-30`: the deck's (Mon bilan prévention « to 26 April 2024 »), the fixture's msp_profil.csv. */
let deck: SampleRun;
/** The shared run without `--arrete`: the default, the latest date of structures.csv (28/12/2024). */
let latest: SampleRun;

const arreteOf = (out: string) => (JSON.parse(readFileSync(path.join(out, 'run.json'), 'utf8')) as { arrete: string }).arrete;

beforeAll(async () => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'sample-v3-'));
  const out = path.join(scratch, 'out');
  await runPipeline({ input: SAMPLE, out, log: silentLogger, now: RUN_DATE, arrete: '2024-04-30' });
  deck = { out, arrete: arreteOf(out) };
  // runPipeline on data/sample with RUN_DATE, shared with sample-pipeline.test.ts and the dashboard's tests.
  const shared = await fixtureRun('sample');
  latest = { out: shared.out, arrete: arreteOf(shared.out) };
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('runPipeline on data/sample: the version-3 tables, as the fixture computed them', () => {
  it('runs at the arrêtés the fixture’s two msp_profil files are for', () => {
    expect(deck.arrete).toBe('2024-04-30');
    // README: the pipeline's default is the latest date of structures.csv; arrete-2024-12-28/ is for it.
    expect(latest.arrete).toBe('2024-12-28');
  });

  const runs = [
    { name: '--arrete 2024-04-30', run: () => deck, mspProfil: 'msp_profil.csv' },
    { name: 'the default arrêté (28/12/2024)', run: () => latest, mspProfil: 'arrete-2024-12-28/msp_profil.csv' },
  ];

  describe.each(runs)('with $name', ({ run, mspProfil }) => {
    it('publishes evenements: the same rows as the fixture', () => {
      const actual = table(run().out, 'evenements');
      const expected = readCsv(path.join(EXPECTED, 'evenements.csv'));
      expect(actual.header).toEqual(expected.header);
      const sorted = (csv: Csv): Csv => ({
        header: csv.header,
        rows: [...csv.rows].sort((a, b) => (Object.values(a).join() < Object.values(b).join() ? -1 : 1)),
      });
      expect(differences(sorted(actual), sorted(expected), NUMERIC.evenements)).toEqual([]);
    });

    it('publishes evenements in the fixture’s order: year, type, area, CDS group, event', () => {
      expectTable(table(run().out, 'evenements'), readCsv(path.join(EXPECTED, 'evenements.csv')), NUMERIC.evenements);
    });

    it(`publishes msp_profil as ${mspProfil}`, () => {
      expectTable(table(run().out, 'msp_profil'), readCsv(path.join(EXPECTED, mspProfil)), NUMERIC.msp_profil);
    });

    it('publishes the version-3 indicators of indicateurs_territoriaux as indicateurs_territoriaux-v3.csv', () => {
      const expected = readCsv(path.join(EXPECTED, 'indicateurs_territoriaux-v3.csv'));
      expect(new Set(expected.rows.map((row) => row.indicateur))).toEqual(V3_INDICATORS);
      expectTable(v3Territorial(run().out), expected, NUMERIC.indicateurs_territoriaux);
    });

    it('rejects in the two files version 3 changed exactly the lines of rejects-v3.csv', () => {
      const rejects = readCsv(path.join(run().out, 'rejects.csv')).rows.filter((row) => V3_FILES.has(row.file!));
      expect(fileLineColumn(rejects)).toEqual(fileLineColumn(readCsv(path.join(EXPECTED, 'rejects-v3.csv')).rows));
    });
  });
});

describe('runPipeline on data/sample: the deck’s figures the sample was drawn on (seed 003)', () => {
  it('removed 6 dental centres of one group in 2024, controlled one group of 4 centres', () => {
    const rows = table(deck.out, 'evenements').rows.filter((row) => row.niveau === 'region' && row.code === '11' && row.annee === '2024');
    const figures = (categorie: string, evenement: string) => {
      const row = rows.find((r) => r.type_structure === 'CDS' && r.categorie === categorie && r.evenement === evenement);
      return row && [Number(row.nb_structures), Number(row.nb_groupes)];
    };
    expect(figures('dentaire', 'deconventionnement')).toEqual([6, 1]);
    expect(figures('ensemble', 'deconventionnement')).toEqual([6, 1]);
    expect(figures('polyvalent_medical', 'controle_lance')).toEqual([4, 1]);
    expect(figures('dentaire', 'procedure_conventionnelle')).toEqual([1, 1]);
  });

  it('gives Mon bilan prévention 2024 by profession 208 / 24 / 95 / 17, its professionals 51 / 4 / 13 / 10, CPTS and the IC pathway 15 / 3 / 17', () => {
    const rows = table(deck.out, 'indicateurs_territoriaux').rows.filter((row) => row.niveau === 'region' && row.code === '11' && row.periode === '2024');
    const byModality = (indicateur: string, dimension: string) =>
      Object.fromEntries(rows.filter((row) => row.indicateur === indicateur && row.dimension === dimension).map((row) => [row.modalite, Number(row.valeur)]));
    const total = (indicateur: string) => rows.filter((row) => row.indicateur === indicateur && row.dimension === '').map((row) => Number(row.valeur));
    expect(byModality('mon_bilan_prevention', 'profession')).toEqual({ medecin_generaliste: 208, sage_femme: 24, infirmier: 95, pharmacien: 17 });
    expect(total('mon_bilan_prevention')).toEqual([344]);
    expect(byModality('mon_bilan_prevention_executants', 'profession')).toEqual({ medecin_generaliste: 51, sage_femme: 4, infirmier: 13, pharmacien: 10 });
    expect(total('mon_bilan_prevention_executants')).toEqual([78]);
    expect(byModality('cpts_parcours_ic', 'situation')).toEqual({ programme: 15, projet_sante: 3, accompagnement: 17 });
    expect(total('cpts_parcours_ic')).toEqual([]);
  });

  it('raises the planted modalites_total alerte, and that one only: department 93, dmp_documents, 2023-T4', () => {
    for (const { out } of [deck, latest]) {
      const alerts = readCsv(path.join(out, 'controles.csv')).rows.filter((row) => row.controle === 'modalites_total');
      expect(alerts.map((row) => [row.gravite, row.dataset, row.niveau, row.code, row.annee])).toEqual([
        ['alerte', 'indicateurs_territoriaux', 'departement', '93', '2023'],
      ]);
      const [alert] = alerts;
      expect(alert!.message).toContain('dmp_documents');
      expect(alert!.message).toContain('2023-T4');
      expect(alert!.message).toContain('acteur');
      expect([frenchNumber(alert!.attendu!), frenchNumber(alert!.constate!)]).toEqual([2_908_652, 2_908_646]);
    }
  });
});
