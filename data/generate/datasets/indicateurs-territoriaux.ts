// indicateurs_territoriaux.csv (version 2): the one-off programmes the deck shows by territory, from
// the fund's reporting spreadsheets. UTF-8 with BOM, tab-separated, CRLF, headers with accents,
// French numbers (`14,2 %`, `1 234 567,00 €`), the label and unit given on some rows only.
// * Mon soutien psy: psychologists under agreement at the end of each month, by department, from
//   January of the year before the reference year to April of the reference year; and the sessions
//   reimbursed over a year, in euros.
// * Prado: adhesions by department over each whole year (IC, BPCO), plus the region's own
//   January-to-April rows (`R11`, `2024-04`) as the deck quotes them; the share of eligible mothers
//   joining Prado maternité, in percent (not additive).
// * Mon bilan prévention: beneficiaries per month of care, region rows only (`R..`).
// Planted: a percentage above 100, an unknown territory (Corsica's pre-1976 code `20`) and a code
// given in another unit on a later row.
// Version 3 (indicateurs-territoriaux-v3.ts) adds the columns `Dimension`, `Modalité` and `Libellé
// modalité`, empty on these rows, and appends its breakdowns and quarterly series after them.
import { compareCodes, formatEuro } from '../../../core';
import type { DatasetExport, ExportRow } from '../export-spec';
import { decimalComma } from '../export-spec';
import type { Plan } from '../plan';
import { Random } from '../random';
import { VERSION_3_HEADER, version3Rows } from './indicateurs-territoriaux-v3';

const HEADER = ['Territoire', 'Période', 'Indicateur', 'Valeur', 'Libellé', 'Unité', 'Additif', ...VERSION_3_HEADER] as const;

type Unit = 'nombre' | 'pourcentage' | 'euros';

interface Programme {
  readonly code: string;
  readonly libelle: string;
  readonly unite: Unit;
}

const PSY: Programme = { code: 'psychologues_mon_soutien_psy', libelle: 'Psychologues conventionnés Mon soutien psy (fin de mois)', unite: 'nombre' };
const PSY_EUROS: Programme = { code: 'mon_soutien_psy_montant', libelle: 'Séances Mon soutien psy remboursées (montant)', unite: 'euros' };
const PRADO_IC: Programme = { code: 'prado_ic', libelle: 'Adhésions Prado – insuffisance cardiaque', unite: 'nombre' };
const PRADO_BPCO: Programme = { code: 'prado_bpco', libelle: 'Adhésions Prado – BPCO', unite: 'nombre' };
const PRADO_MATERNITE: Programme = {
  code: 'prado_maternite_taux_adhesion',
  libelle: 'Part des mères éligibles adhérant au Prado maternité',
  unite: 'pourcentage',
};
const BILAN: Programme = { code: 'mon_bilan_prevention', libelle: 'Bénéficiaires d’un bilan prévention (mois de soins)', unite: 'nombre' };

/** Per 100 000 inhabitants: psychologists (Île-de-France: 359 in February 2024), Prado per year. */
const PSY_PER_100K = 2.9;
const PSY_EUROS_PER_PSY = 21_000;
const PRADO_IC_PER_100K = 32;
const PRADO_BPCO_PER_100K = 11;
/** Mon bilan prévention beneficiaries per 100 000 in its first month (IDF January 2024: 28). */
const BILAN_PER_100K = 0.23;

const OUT_OF_RANGE = '112,4\u00a0%';
const UNKNOWN_TERRITORY = '20';

interface Row {
  readonly territoire: string;
  readonly periode: string;
  readonly programme: Programme;
  readonly valeur: string;
}

const month = (year: number, m: number) => `${year}-${String(m).padStart(2, '0')}`;

function valueCell(programme: Programme, value: number): string {
  if (programme.unite === 'euros') return formatEuro(value);
  if (programme.unite === 'pourcentage') return `${decimalComma(value, 1)}\u00a0%`;
  return String(Math.round(value));
}

function* rows(plan: Plan): Generator<ExportRow> {
  // Version 2's rows as they were, their version-3 cells empty; then version 3's.
  for (const row of version2Rows(plan)) yield { ...row, cells: [...row.cells, ...VERSION_3_HEADER.map(() => '')] };
  yield* version3Rows(plan);
}

function* version2Rows(plan: Plan): Generator<ExportRow> {
  const reference = plan.spec.referenceYear;
  const departements = [...plan.spec.departements].sort(compareCodes);
  const population = (code: string) => plan.departements.get(code)!.population / 100_000;
  const level = (code: string, programme: Programme) => new Random(plan.seed, 'territorial', code, programme.code).logNormal(0.35);
  const noise = (...path: (string | number)[]) => new Random(plan.seed, 'territorial-noise', ...path).logNormal(0.06);
  const labelled = new Set<string>();
  const row = ({ territoire, periode, programme, valeur }: Row, rng: Random): string[] => {
    // The label and the unit on the first row of a code, then now and then; a blank unit is `nombre`.
    const first = !labelled.has(programme.code);
    labelled.add(programme.code);
    const libelle = first || rng.chance(0.3) ? programme.libelle : '';
    const unite = first || programme.unite !== 'nombre' || rng.chance(0.5) ? programme.unite : '';
    const additif = programme.unite === 'pourcentage' && rng.chance(0.5) ? 'Non' : programme === BILAN ? 'oui' : '';
    return [territoire, periode, programme.code, valeur, libelle, unite, additif];
  };
  const rng = new Random(plan.seed, 'territorial-rows');

  // Mon soutien psy, monthly, by department.
  let planted = false;
  for (const departement of departements) {
    for (let i = 0; i < 16; i++) {
      const year = reference - 1 + Math.floor(i / 12);
      const m = (i % 12) + 1;
      const value = PSY_PER_100K * population(departement) * level(departement, PSY) * 1.015 ** (i - 13) * noise(departement, PSY.code, i);
      yield { cells: row({ territoire: departement, periode: month(year, m), programme: PSY, valeur: valueCell(PSY, value) }, rng) };
    }
    if (!planted) {
      // Corsica keyed with its code of before 1976.
      planted = true;
      yield {
        cells: row({ territoire: UNKNOWN_TERRITORY, periode: month(reference, 4), programme: PSY, valeur: '14' }, rng),
        bad: { column: 'territoire', value: UNKNOWN_TERRITORY, rule: 'unknown-territory' },
      };
    }
  }
  for (const departement of departements) {
    const psychologists = PSY_PER_100K * population(departement) * level(departement, PSY);
    const value = Math.round(psychologists * PSY_EUROS_PER_PSY * noise(departement, PSY_EUROS.code) * 100) / 100;
    yield { cells: row({ territoire: departement, periode: String(reference - 1), programme: PSY_EUROS, valeur: valueCell(PSY_EUROS, value) }, rng) };
  }

  // Prado: whole years by department, January-April by region.
  for (const [programme, perYear] of [
    [PRADO_IC, PRADO_IC_PER_100K],
    [PRADO_BPCO, PRADO_BPCO_PER_100K],
  ] as const) {
    const yearly = (code: string, year: number) => perYear * population(code) * level(code, programme) * 1.06 ** (year - 2023);
    for (const departement of departements) {
      for (const year of [reference - 2, reference - 1]) {
        const value = yearly(departement, year) * noise(departement, programme.code, year);
        yield { cells: row({ territoire: departement, periode: String(year), programme, valeur: valueCell(programme, value) }, rng) };
      }
    }
    for (const region of plan.spec.regions) {
      const members = departements.filter((code) => plan.departements.get(code)!.region === region);
      for (const year of [reference - 1, reference]) {
        const value = members.reduce((sum, code) => sum + yearly(code, year) * 0.33 * noise(code, programme.code, year, 'avril'), 0);
        yield { cells: row({ territoire: `R${region}`, periode: month(year, 4), programme, valeur: valueCell(programme, value) }, rng) };
      }
    }
  }
  // A rate typed into a count's code: the unit disagrees with the code's first row.
  const rate = '12,5';
  yield {
    cells: [departements[0]!, month(reference, 4), PRADO_IC.code, rate, '', 'pourcentage', ''],
    bad: { column: 'unite', value: 'pourcentage', rule: 'unit-conflict' },
  };

  let outOfRange = false;
  for (const departement of departements) {
    for (const year of [reference - 2, reference - 1]) {
      const value = Math.min(95, 55 * level(departement, PRADO_MATERNITE) ** 0.4 + 4 * (year - 2023));
      if (!outOfRange && departement !== departements[0] && year === reference - 1) {
        // A count typed into the rate column.
        outOfRange = true;
        yield {
          cells: row({ territoire: departement, periode: String(year), programme: PRADO_MATERNITE, valeur: OUT_OF_RANGE }, rng),
          bad: { column: 'valeur', value: OUT_OF_RANGE, rule: 'percent-out-of-range' },
        };
        continue;
      }
      yield { cells: row({ territoire: departement, periode: String(year), programme: PRADO_MATERNITE, valeur: valueCell(PRADO_MATERNITE, value) }, rng) };
    }
  }

  // Mon bilan prévention: the region's months of care since its launch in January of the reference year.
  for (const region of plan.spec.regions) {
    const members = departements.filter((code) => plan.departements.get(code)!.region === region);
    const inhabitants = members.reduce((sum, code) => sum + population(code), 0);
    for (let m = 1; m <= 4; m++) {
      const value = BILAN_PER_100K * inhabitants * m ** 1.3 * noise(region, BILAN.code, m) * level(region, BILAN);
      yield { cells: row({ territoire: `R${region}`, periode: month(reference, m), programme: BILAN, valeur: valueCell(BILAN, value) }, rng) };
    }
  }
}

export const indicateursTerritoriauxExport: DatasetExport = {
  dataset: 'indicateurs_territoriaux',
  file: 'indicateurs_territoriaux.csv',
  format: { encoding: 'utf-8-bom', delimiter: '\t', eol: '\r\n' },
  header: HEADER,
  rows,
};
