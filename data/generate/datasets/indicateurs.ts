// indicateurs.csv from the remuneration tool (version 2): one row per structure, year and indicator
// of its type's reference list, for every structure whose remuneration was computed that year.
// Excel's CSV: UTF-8, `;`, CRLF, `VRAI`/`FAUX`, amounts `1495,16`. The amounts of a structure add up
// to its montant_total in remunerations.csv to the cent; a structure that missed the prerequisites
// failed at least one prerequisite indicator and is paid nothing for any.
// Planted: an unknown code, a code of the other structure type and a repeated key.
import { ATTAINMENT, BASE_POINTS, POINT_VALUE, SINGLE_ACTIVITY_FACTOR } from '../calibration-indicators';
import type { DatasetExport, ExportRow } from '../export-spec';
import { copiesOf, decimalComma } from '../export-spec';
import { type Indicator, indicatorList } from '../indicator-list';
import type { Plan } from '../plan';
import { hashText, Random } from '../random';
import { type Amounts, remunerationOf } from '../remuneration';
import type { Structure } from '../structure';

const HEADER = ['ID structure', 'Année', 'Indicateur', 'Atteint', 'Points', 'Montant'] as const;

/** Where the bad rows go, in the first copy's first year: after the rows of the n-th structure. */
const UNKNOWN_CODE_AFTER = 3;
const UNKNOWN_CODE = 'msp_teleconsultation';
const DUPLICATE_AFTER = 6;
const OTHER_TYPE_AFTER = 2;
const OTHER_TYPE_CODE = 'msp_ipa';

interface IndicatorRow {
  readonly code: string;
  readonly atteint: boolean;
  /** Cents. */
  readonly montant: number;
}

/** A fixed factor per code (0.5–1.5): indicators of one nature do not all weigh the same. */
const codeFactor = (code: string) => 0.5 + (hashText(code) % 1000) / 1000;

/** The indicator rows of a structure and year whose remuneration is `amounts`. */
export function indicatorRows(plan: Plan, structure: Structure, year: number, amounts: Amounts): IndicatorRow[] {
  const rng = new Random(plan.seed, 'indicateurs', structure.copy, structure.slot.index, year);
  const list = indicatorList().get(structure.type) ?? [];
  const prerequisites = list.filter((indicator) => indicator.nature === 'prerequis');
  // A structure that missed the prerequisites failed one of them at least.
  const failed = amounts.prerequis ? null : prerequisites[rng.int(0, prerequisites.length - 1)]!.code;
  const singleActivity = structure.categorie === 'dentaire' || structure.categorie === 'infirmier';
  const attained = (indicator: Indicator): boolean => {
    if (indicator.nature === 'prerequis') return amounts.prerequis || (indicator.code !== failed && rng.chance(0.7));
    const rate = (ATTAINMENT[indicator.code] ?? 0.5) * (singleActivity ? SINGLE_ACTIVITY_FACTOR : 1);
    // Better-paid structures reach more of the optional indicators.
    return rng.chance(Math.min(0.99, rate * Math.sqrt(structure.performance)));
  };
  const drawn = list.map((indicator) => ({
    code: indicator.code,
    atteint: attained(indicator),
    weight: BASE_POINTS[indicator.nature] * codeFactor(indicator.code) * rng.logNormal(0.15),
  }));
  return allocate(drawn, amounts.prerequis ? amounts.total : 0);
}

/** Splits `total` cents over the attained indicators by weight, largest remainders first: Σ = total. */
function allocate(drawn: readonly { code: string; atteint: boolean; weight: number }[], total: number): IndicatorRow[] {
  const weights = drawn.map((d) => (d.atteint ? d.weight : 0));
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
  const cents = exact.map(Math.floor);
  let left = total - cents.reduce((a, b) => a + b, 0);
  const order = exact.map((value, i) => [value - Math.floor(value), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    if (weights[i]! > 0) {
      cents[i]!++;
      left--;
    }
  }
  return drawn.map((d, i) => ({ code: d.code, atteint: d.atteint, montant: cents[i]! }));
}

const cellsOf = (structure: Structure, year: number, row: IndicatorRow): string[] => [
  structure.id,
  String(year),
  row.code,
  row.atteint ? 'VRAI' : 'FAUX',
  String(Math.round(row.montant / (POINT_VALUE * 100))),
  decimalComma(row.montant / 100, 2),
];

function* rows(plan: Plan): Generator<ExportRow> {
  for (const type of ['MSP', 'CDS'] as const) {
    let first = true;
    for (const structures of copiesOf(plan, type)) {
      for (const year of plan.spec.indicateursYears) {
        const planting = first && year === plan.spec.indicateursYears[0];
        let ordinal = 0;
        for (const structure of structures) {
          const amounts = remunerationOf(plan, structure, year);
          if (!amounts) continue;
          const list = indicatorRows(plan, structure, year, amounts);
          for (const row of list) yield { cells: cellsOf(structure, year, row) };
          if (!planting) continue;
          ordinal++;
          if (type === 'MSP' && ordinal === UNKNOWN_CODE_AFTER) {
            // An indicator of a former agreement, still in the tool's list.
            const row = { code: UNKNOWN_CODE, atteint: true, montant: 84_000 };
            yield { cells: cellsOf(structure, year, row), bad: { column: 'indicateur', value: UNKNOWN_CODE, rule: 'unknown-indicator' } };
          }
          if (type === 'MSP' && ordinal === DUPLICATE_AFTER) {
            // The second indicator sent again, as corrected by hand: the later row is rejected.
            const again = { ...list[1]!, atteint: !list[1]!.atteint };
            yield { cells: cellsOf(structure, year, again), bad: { column: 'id_structure', value: structure.id, rule: 'duplicate-key' } };
          }
          if (type === 'CDS' && ordinal === OTHER_TYPE_AFTER) {
            // An MSP indicator keyed for a centre.
            const row = { code: OTHER_TYPE_CODE, atteint: true, montant: 0 };
            yield {
              cells: cellsOf(structure, year, row),
              bad: { column: 'indicateur', value: OTHER_TYPE_CODE, rule: 'indicator-of-other-type' },
            };
          }
        }
      }
      first = false;
    }
  }
}

export const indicateursExport: DatasetExport = {
  dataset: 'indicateurs',
  file: 'indicateurs.csv',
  format: { encoding: 'utf-8', delimiter: ';', eol: '\r\n' },
  header: HEADER,
  rows,
};
