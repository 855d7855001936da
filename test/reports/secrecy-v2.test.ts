// Statistical secrecy on the contract-version-2 tables, on the idf-2023-v2 fixture through the real
// pipeline with --secret 11. The test states the published equations itself, from what the tables
// mean (not from core/secrecy): area totals, totals along a key (professions, CDS groups, the
// five groups, indicators), row identities. It then checks that every figure standing on fewer
// than 11 structures is masked, that a mean is never shown beside its masked sum, and, by its own
// elimination, that no masked cell is pinned down by the equations and the shown cells.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TableName } from '../../core';
import { departement } from '../../core';
import type { Row } from '../../core/published/published-tables';
import type { ReportTables } from '../../reports';
import { readSlides } from './helpers/office-xml';
import { type PipelineRun, runFixturePipeline } from './helpers/pipeline-run';
import { partnerReportTables, reportFrom } from './helpers/report-run';

const THRESHOLD = 11;
let pipeline: PipelineRun;
let tables: ReportTables;

beforeAll(async () => {
  pipeline = await runFixturePipeline('idf-2023-v2');
  tables = (await partnerReportTables(pipeline.out, THRESHOLD)).report;
}, 120_000);
afterAll(() => pipeline.cleanup());

/** Σ coef × cell = constant; a cell is `row:column`, a shown cell counts as a constant. */
type Equation = { cell: string; coef: number }[];

interface Meaning {
  readonly additive: readonly string[];
  /**
   * Keys along which rows add up: the total's value (null: a public sum that is no row), and the
   * columns that add up along it (every additive column unless said).
   */
  readonly keyTotals: readonly { key: string; total: string | null; columns?: readonly string[] }[];
  readonly rowSums: readonly (readonly string[])[];
  /** Figure → the column counting the structures behind it (null: not published). */
  readonly bases: Readonly<Record<string, string | null>>;
  readonly means: readonly (readonly [mean: string, sum: string])[];
}

const MEANINGS: Partial<Record<TableName, Meaning>> = {
  cds_effectifs: {
    additive: ['effectif', 'etp'],
    keyTotals: [
      { key: 'profession', total: 'ensemble' },
      { key: 'categorie', total: 'ensemble' },
    ],
    rowSums: [],
    bases: { effectif: 'nb_centres', etp: 'nb_centres' },
    means: [],
  },
  cds_patientele: {
    additive: ['patientele_mt_somme', 'patientele_mt_elargie_somme', 'file_active_mg_somme', 'file_active_dentaire_somme', 'file_active_infirmiere_somme'],
    keyTotals: [{ key: 'categorie', total: 'ensemble' }],
    rowSums: [],
    bases: Object.fromEntries(
      ['patientele_mt', 'patientele_mt_elargie', 'file_active_mg', 'file_active_dentaire', 'file_active_infirmiere'].flatMap((m) => [
        [`${m}_somme`, 'nb_centres'],
        [`${m}_moyenne`, 'nb_centres'],
      ]),
    ),
    means: ['patientele_mt', 'patientele_mt_elargie', 'file_active_mg', 'file_active_dentaire', 'file_active_infirmiere'].map(
      (m) => [`${m}_moyenne`, `${m}_somme`] as const,
    ),
  },
  cds_remunerations: {
    additive: ['montant_total', 'avance', 'solde', 'trop_percu', 'avance_a_rembourser'],
    keyTotals: [{ key: 'categorie', total: 'ensemble' }],
    rowSums: [['montant_total', 'avance', 'solde']],
    bases: {
      montant_total: 'nb_remunerees',
      avance: 'nb_remunerees',
      solde: 'nb_remunerees',
      moyenne: 'nb_remunerees',
      avance_a_rembourser: 'nb_prerequis_non_atteints',
      trop_percu: null,
    },
    means: [['moyenne', 'montant_total']],
  },
  remunerations_groupes: {
    additive: ['nb_structures'],
    keyTotals: [{ key: 'groupe', total: null }],
    rowSums: [],
    bases: { nb_structures: 'nb_structures' },
    means: [['pct_structures', 'nb_structures']],
  },
  indicateurs: {
    additive: ['nb_atteint', 'montant'],
    // The indicators' amounts add up to the group's remuneration, public through the weights; the
    // numbers of structures reaching each indicator add up to nothing anyone publishes.
    keyTotals: [
      { key: 'categorie', total: 'ensemble' },
      { key: 'indicateur', total: null, columns: ['montant'] },
    ],
    rowSums: [],
    bases: { nb_atteint: 'nb_atteint', pct_atteint: 'nb_structures', montant: 'nb_atteint', poids_pct: 'nb_structures' },
    means: [
      ['pct_atteint', 'nb_atteint'],
      ['poids_pct', 'montant'],
    ],
  },
};

const KEYS: Record<string, readonly string[]> = {
  cds_effectifs: ['annee', 'categorie', 'profession'],
  cds_patientele: ['annee', 'categorie'],
  cds_remunerations: ['annee', 'categorie'],
  remunerations_groupes: ['annee', 'type_structure', 'groupe'],
  indicateurs: ['annee', 'type_structure', 'categorie', 'indicateur'],
};

function equationsOf(name: TableName, rows: readonly Row[], meaning: Meaning): Equation[] {
  const keys = KEYS[name]!;
  const id = (row: Row, skip: readonly string[]) => JSON.stringify(keys.filter((key) => !skip.includes(key)).map((key) => row[key]));
  const list: Equation[] = [];
  const numeric = (index: number, column: string) => typeof rows[index]![column] === 'number';
  // Region = Σ departments.
  rows.forEach((row, r) => {
    if (row.niveau !== 'region') return;
    const parts = rows.flatMap((other, index) =>
      other.niveau === 'departement' && departement(String(other.code))?.region === row.code && id(other, []) === id(row, []) ? [index] : [],
    );
    for (const column of meaning.additive) {
      if (!numeric(r, column)) continue;
      list.push([{ cell: `${r}:${column}`, coef: 1 }, ...parts.filter((p) => numeric(p, column)).map((p) => ({ cell: `${p}:${column}`, coef: -1 }))]);
    }
  });
  // Totals along a key.
  for (const { key, total, columns = meaning.additive } of meaning.keyTotals) {
    const groups = new Map<string, number[]>();
    rows.forEach((row, index) => {
      const group = `${row.niveau}:${row.code}:${id(row, [key])}`;
      groups.set(group, [...(groups.get(group) ?? []), index]);
    });
    for (const [group, members] of groups) {
      const whole = members.find((index) => rows[index]![key] === total);
      const parts = members.filter((index) => rows[index]![key] !== total && !(key === 'profession' && rows[index]![key] === 'medecin'));
      if (parts.length === 0 || (total !== null && whole === undefined)) continue;
      for (const column of columns) {
        const head = whole === undefined ? { cell: `public:${group}:${column}`, coef: 1 } : { cell: `${whole}:${column}`, coef: 1 };
        list.push([head, ...parts.filter((p) => numeric(p, column)).map((p) => ({ cell: `${p}:${column}`, coef: -1 }))]);
      }
    }
  }
  rows.forEach((_, r) => {
    for (const [total, ...parts] of meaning.rowSums) {
      if (numeric(r, total!)) list.push([{ cell: `${r}:${total}`, coef: 1 }, ...parts.map((part) => ({ cell: `${r}:${part}`, coef: -1 }))]);
    }
  });
  return list;
}

/** The masked cells the equations pin down (the test's own elimination). */
function pinned(list: readonly Equation[], masked: ReadonlySet<string>): string[] {
  const unknowns = [...new Set(list.flatMap((eq) => eq.filter((term) => masked.has(term.cell)).map((term) => term.cell)))];
  const column = new Map(unknowns.map((cell, index) => [cell, index]));
  const matrix = list
    .map((eq) => {
      const row = new Array<number>(unknowns.length).fill(0);
      for (const term of eq) if (column.has(term.cell)) row[column.get(term.cell)!]! += term.coef;
      return row;
    })
    .filter((row) => row.some((value) => value !== 0));
  const pivots: number[] = [];
  let top = 0;
  for (let c = 0; c < unknowns.length && top < matrix.length; c++) {
    const found = matrix.findIndex((row, index) => index >= top && Math.abs(row[c]!) > 1e-9);
    if (found < 0) continue;
    [matrix[top], matrix[found]] = [matrix[found]!, matrix[top]!];
    const pivot = matrix[top]!;
    const scale = pivot[c]!;
    for (let k = 0; k < pivot.length; k++) pivot[k]! /= scale;
    for (const [index, row] of matrix.entries()) {
      if (index === top || Math.abs(row[c]!) < 1e-9) continue;
      const factor = row[c]!;
      for (let k = 0; k < row.length; k++) row[k]! -= factor * pivot[k]!;
    }
    pivots.push(c);
    top++;
  }
  return pivots.flatMap((c, r) => (matrix[r]!.every((value, k) => k === c || Math.abs(value) < 1e-9) ? [unknowns[c]!] : []));
}

describe('statistical secrecy of the v2 tables (--secret 11 on idf-2023-v2)', () => {
  for (const name of Object.keys(MEANINGS) as TableName[]) {
    it(`${name}: masks every figure standing on 1 to 10 structures, with secondary cells so that none can be computed back`, () => {
      const meaning = MEANINGS[name]!;
      const table = tables[name];
      const rows = table.rows;
      const masked = new Set(table.masks.flatMap((set, index) => [...set].map((column) => `${index}:${column}`)));
      expect(masked.size, 'something is masked').toBeGreaterThan(0);
      rows.forEach((row, r) => {
        for (const [column, base] of Object.entries(meaning.bases)) {
          const value = row[column];
          if (typeof value !== 'number' || value === 0) continue;
          const count = base === null ? 1 : row[base];
          if (typeof count === 'number' && count >= 1 && count < THRESHOLD) expect(masked.has(`${r}:${column}`), `${name} row ${r} ${column}`).toBe(true);
        }
        for (const [mean, sum] of meaning.means) {
          if (typeof row[mean] === 'number' && typeof row[sum] === 'number') expect(masked.has(`${r}:${mean}`), `${r}:${mean}`).toBe(masked.has(`${r}:${sum}`));
        }
      });
      expect(pinned(equationsOf(name, rows, meaning), masked)).toEqual([]);
    });
  }

  it('states the rule under each new table and shows « NS » in the deck', async () => {
    expect(tables.cds_remunerations.secrecy).toContain('« trop-perçu », dont le nombre de structures n’est pas publié, est masqué');
    expect(tables.indicateurs.secrecy).toContain('dénombrant 1 à 10 structures');
    expect(tables.remunerations_groupes.secrecy).toContain('secret secondaire');
    expect(tables.indicateurs_territoriaux.secrecy).toBe('Secret statistique (seuil 11) : indicateurs publiés par territoire, non masqués.');
    const report = await reportFrom(pipeline, 'partner', { secret: THRESHOLD });
    const slides = await readSlides(report.deck);
    const groups = slides.find((slide) => slide.texts.includes('CDS – atteinte des prérequis et solde de la rémunération 2023'))!;
    const third = groups.tables[0]!.find((cells) => cells[0]!.startsWith('3.'))!;
    // One CDS in 2023, two in 2022: masked, and the shares with them.
    expect(third.slice(1)).toEqual(['NS', 'NS', 'NS', 'NS']);
    expect(groups.texts.join(' ')).toContain('Secret statistique (seuil 11)');
    const remuneration = slides.find((slide) => slide.texts.includes('CDS – rémunération forfaitaire spécifique 2023'))!;
    const infirmiers = remuneration.tables[0]!.find((cells) => cells[0] === 'Infirmiers')!;
    expect(infirmiers[2]).toBe('NS');
  }, 120_000);
});
