// depistage.csv: participation in organised cancer screening per department, programme and year, as
// a rate or, for some departments, as counts; plus the source's own region rates (`R11`), computed
// from the counts (never a mean of rates). Planted: a rate above 100 %.

import type { Programme } from '../../../core';
import { compareCodes } from '../../../core';
import { SCREENING_TARGET_SHARE, SCREENING_TREND } from '../calibration';
import type { DatasetExport, ExportRow } from '../export-spec';
import { decimalComma } from '../export-spec';
import type { Plan } from '../plan';
import { Random } from '../random';

const HEADER = ['territoire', 'annee', 'programme', 'taux', 'nb_depistes', 'population_cible'] as const;
const PROGRAMMES: readonly Programme[] = ['sein', 'col_uterus', 'colorectal'];

/** The planted rate replaces the reference year's rate of the first department given as a rate. */
const OUT_OF_RANGE = '104,7';

export interface Count {
  readonly screened: number;
  readonly target: number;
}

/** A department's screening of a year (also the total of version 3's cervical breakdown by mode). */
export function screeningCount(plan: Plan, departement: string, programme: Programme, year: number): Count | null {
  const trend = SCREENING_TREND[programme][year];
  if (trend === undefined) return null;
  const profile = plan.departements.get(departement)!;
  const rng = new Random(plan.seed, 'depistage', departement, programme, year);
  const rate = Math.min(95, Math.max(5, profile.screening[programme] + trend + 0.7 * rng.normal()));
  const target = Math.round(profile.population * SCREENING_TARGET_SHARE[programme] * rng.uniform(0.98, 1.02));
  return { screened: Math.round((target * rate) / 100), target };
}

function* rows(plan: Plan): Generator<ExportRow> {
  const { departements, regions, depistageYears, referenceYear } = plan.spec;
  const ordered = [...departements].sort(compareCodes);
  let planted = false;
  for (const programme of PROGRAMMES) {
    for (const departement of ordered) {
      const asCounts = plan.departements.get(departement)!.screeningCounts;
      for (const year of depistageYears) {
        const c = screeningCount(plan, departement, programme, year);
        if (!c) continue;
        if (asCounts) {
          yield { cells: [departement, String(year), programme, '', String(c.screened), String(c.target)] };
        } else if (!planted && year === referenceYear) {
          // A count typed into the rate column.
          planted = true;
          yield {
            cells: [departement, String(year), programme, OUT_OF_RANGE, '', ''],
            bad: { column: 'taux', value: OUT_OF_RANGE, rule: 'percent-out-of-range' },
          };
        } else {
          yield { cells: [departement, String(year), programme, decimalComma((100 * c.screened) / c.target, 1), '', ''] };
        }
      }
    }
    for (const region of regions) {
      const members = ordered.filter((code) => plan.departements.get(code)!.region === region);
      for (const year of depistageYears) {
        let screened = 0;
        let target = 0;
        for (const departement of members) {
          const c = screeningCount(plan, departement, programme, year);
          if (!c) continue;
          screened += c.screened;
          target += c.target;
        }
        if (target > 0) yield { cells: [`R${region}`, String(year), programme, decimalComma((100 * screened) / target, 1), '', ''] };
      }
    }
  }
}

export const depistageExport: DatasetExport = {
  dataset: 'depistage',
  file: 'depistage.csv',
  format: { encoding: 'utf-8', delimiter: ';', eol: '\n' },
  header: HEADER,
  rows,
};
