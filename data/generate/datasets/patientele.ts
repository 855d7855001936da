// patientele.csv from the statistics tool: UTF-8 with BOM, `,`, dot decimals, `NS` where the share
// of CSS/AME patients is masked. MSP rows first, then the CDS (version 2): their MT patientèle and
// general-medicine file active only where the centre has GPs (empty, i.e. not applicable, in dental
// and nursing centres), and the three columns added later under another spelling.
// Planted: a negative count and a repeated (structure, year) key.
import { CDS_AME_RATIO, CDS_ENFANTS_RATIO, CDS_PATIENTELE, type PatienteleFigure } from '../calibration-cds';
import type { DatasetExport, ExportRow } from '../export-spec';
import { copiesOf } from '../export-spec';
import type { Plan } from '../plan';
import { Random } from '../random';
import { activeIn, type Structure } from '../structure';

const HEADER = [
  'id_structure',
  'annee',
  'patientele_mt',
  'enfants_0_16',
  'file_active',
  'part_css',
  'part_ame',
  'Patientèle MT élargie',
  'File active dentaire',
  'File active infirmière',
] as const;

/** Ordinals within the reference year's records. */
const NEGATIVE_AT = 12;
const DUPLICATE_OF = 20;
const DUPLICATE_AFTER = 40;

interface Figures {
  readonly mt: number;
  readonly enfants: number;
  readonly fileActive: number;
  readonly partCss: string;
  readonly partAme: string;
}

const share = (value: number) => Math.min(60, value).toFixed(1);

function figures(plan: Plan, structure: Structure, year: number): Figures | null {
  const rng = new Random(plan.seed, 'patientele', structure.copy, structure.slot.index, year);
  // A few structures have no patientèle row for a year (data not yet consolidated).
  if (rng.chance(0.03)) return null;
  const profile = plan.departements.get(structure.departement)!;
  // A new MSP builds its patientèle in its first year; the 3 % offset keeps the mean on the deck's.
  const growth = 1.03 * 1.018 ** (year - 2023) * (year === structure.adhesion!.year ? 0.85 : 1);
  const mt = Math.max(150, Math.round(profile.patienteleMt * structure.size * growth * rng.logNormal(0.05)));
  const enfants = Math.round(mt * profile.enfantsRatio * rng.logNormal(0.25));
  const fileActive = Math.max(mt + enfants + 50, Math.round(mt * profile.fileActiveRatio * rng.logNormal(0.1)));
  return {
    mt,
    enfants,
    fileActive,
    partCss: rng.chance(0.02) ? 'NS' : share(profile.partCss * rng.logNormal(0.25)),
    partAme: rng.chance(0.03) ? 'NS' : share(profile.partAme * rng.logNormal(0.5)),
  };
}

const cellsOf = (structure: Structure, year: number, f: Figures, enfants = String(f.enfants)) => [
  structure.id,
  String(year),
  String(f.mt),
  enfants,
  String(f.fileActive),
  f.partCss,
  f.partAme,
  '',
  '',
  '',
];

/** A CDS's row: each figure drawn around its category's mean, or empty where it does not apply. */
function cdsCells(plan: Plan, structure: Structure, year: number): string[] | null {
  const rng = new Random(plan.seed, 'patientele-cds', structure.copy, structure.slot.index, year);
  if (rng.chance(0.03)) return null;
  const profile = CDS_PATIENTELE[structure.categorie ?? 'polyvalent'];
  const growth = 1.02 ** (year - 2023);
  const draw = (figure: PatienteleFigure | null, sigma = 0.1): number | null =>
    figure && rng.float() < figure.share ? Math.max(1, Math.round(figure.mean * structure.size * growth * rng.logNormal(sigma))) : null;
  const cell = (value: number | null) => (value === null ? '' : String(value));
  const mt = draw(profile.mt);
  const fileActive = draw(profile.fileActiveMg);
  const enfants = mt === null ? null : Math.round(mt * CDS_ENFANTS_RATIO * rng.logNormal(0.25));
  const elargie = mt === null ? null : mt + enfants! + Math.round(mt * CDS_AME_RATIO * rng.logNormal(0.5));
  const dentaire = draw(profile.fileActiveDentaire, 0.2);
  const infirmiere = draw(profile.fileActiveInfirmiere, 0.4);
  const departement = plan.departements.get(structure.departement)!;
  // Centres serve more CSS/AME patients than MSP do.
  const partCss = rng.chance(0.02) ? 'NS' : share(1.6 * departement.partCss * rng.logNormal(0.3));
  const partAme = rng.chance(0.03) ? 'NS' : share(2 * departement.partAme * rng.logNormal(0.5));
  return [structure.id, String(year), cell(mt), cell(enfants), cell(fileActive), partCss, partAme, cell(elargie), cell(dentaire), cell(infirmiere)];
}

function* rows(plan: Plan): Generator<ExportRow> {
  let first = true;
  for (const structures of copiesOf(plan, 'MSP')) {
    for (const year of plan.spec.patienteleYears) {
      // Bad rows are planted once, in the first copy's reference year.
      const planting = first && year === plan.spec.referenceYear;
      let ordinal = 0;
      let duplicated: { structure: Structure; figures: Figures } | null = null;
      for (const structure of structures) {
        if (!activeIn(structure, year)) continue;
        const f = figures(plan, structure, year);
        if (!f) continue;
        ordinal++;
        if (planting && ordinal === NEGATIVE_AT) {
          // A sign typed by mistake in the children's count.
          const value = `-${f.enfants}`;
          yield { cells: cellsOf(structure, year, f, value), bad: { column: 'enfants_0_16', value, rule: 'negative-count' } };
          continue;
        }
        yield { cells: cellsOf(structure, year, f) };
        if (!planting) continue;
        if (ordinal === DUPLICATE_OF) duplicated = { structure, figures: f };
        if (ordinal === DUPLICATE_AFTER && duplicated) {
          // The same structure and year sent again with corrected figures: the later row is rejected.
          const corrected = { ...duplicated.figures, mt: duplicated.figures.mt + 37 };
          yield {
            cells: cellsOf(duplicated.structure, year, corrected),
            bad: { column: 'id_structure', value: duplicated.structure.id, rule: 'duplicate-key' },
          };
        }
      }
    }
    first = false;
  }
  for (const structures of copiesOf(plan, 'CDS')) {
    for (const year of plan.spec.cdsYears) {
      for (const structure of structures) {
        if (!activeIn(structure, year)) continue;
        const cells = cdsCells(plan, structure, year);
        if (cells) yield { cells };
      }
    }
  }
}

export const patienteleExport: DatasetExport = {
  dataset: 'patientele',
  file: 'patientele.csv',
  format: { encoding: 'utf-8-bom', delimiter: ',', eol: '\n' },
  header: HEADER,
  rows,
};
