// structures.csv as the fund's referential tool exports it: Windows-1252, `;`, CRLF, French dates,
// `Oui`/`Non`, names on two lines now and then. Planted: a centre whose commune code does not exist.
import { formatDate } from '../../../core';
import type { DatasetExport, ExportRow } from '../export-spec';
import { structuresOf } from '../export-spec';
import { structureName } from '../names';
import type { Plan } from '../plan';
import { Random } from '../random';
import { type Day, isoDate, type Structure, structureId } from '../structure';

const HEADER = [
  'id_structure',
  'type_structure',
  'categorie',
  'nom',
  'code_commune',
  'departement',
  'date_adhesion',
  'date_resiliation',
  'statut',
  'multi_sites',
  'population_couverte',
] as const;

/** The planted centre follows this record (after the first two-line name, so line numbers shift). */
const UNKNOWN_COMMUNE_AFTER = 30;

const day = (value: Day | null) => (value ? formatDate(isoDate(value)) : '');
const yesNo = (value: boolean | null) => (value === null ? 'NS' : value ? 'Oui' : 'Non');

function cells(plan: Plan, structure: Structure): string[] {
  const rng = new Random(plan.seed, 'structures-row', structure.copy, structure.slot.index);
  let populationCouverte = '';
  if (structure.type === 'CPTS') {
    const territory = structure.slot.territory === null ? null : plan.territories[structure.slot.territory]!;
    const population = territory ? territory.population : rng.int(18_000, 140_000);
    populationCouverte = rng.chance(0.05) ? 'NS' : String(Math.round(population / 100) * 100);
  }
  return [
    structure.id,
    structure.type,
    structure.categorie ?? '',
    structureName(plan.seed, structure),
    structure.commune.code,
    // Some tools leave the department out: the pipeline derives it from the commune.
    rng.chance(0.03) ? '' : structure.departement,
    day(structure.adhesion),
    day(structure.resiliation),
    structure.statut,
    structure.type === 'MSP' ? yesNo(structure.multiSites) : '',
    populationCouverte,
  ];
}

function* rows(plan: Plan): Generator<ExportRow> {
  let ordinal = 0;
  for (const type of ['MSP', 'CDS', 'CPTS'] as const) {
    for (const structure of structuresOf(plan, type)) {
      yield { cells: cells(plan, structure) };
      if (++ordinal === UNKNOWN_COMMUNE_AFTER) yield unknownCommune(plan, structure);
    }
  }
}

/** A centre typed in by hand with a commune code that does not exist. */
function unknownCommune(plan: Plan, neighbour: Structure): ExportRow {
  const departement = neighbour.departement;
  const number = plan.counts.get(`CDS${departement}`)! * plan.spec.copies + 1;
  // The department's prefix with a number no commune has (`75999`): a typo, not a foreign code.
  const known = new Set(plan.geography.get(departement)!.communes.map((commune) => commune.code));
  let unknown = 999;
  while (known.has(`${departement}${unknown}`.slice(0, 5))) unknown--;
  const commune = `${departement}${unknown}`.slice(0, 5);
  return {
    cells: [
      structureId(plan, 'CDS', departement, number),
      'CDS',
      'dentaire',
      'Centre de santé dentaire (saisie manuelle)',
      commune,
      departement,
      `01/03/${plan.spec.referenceYear}`,
      '',
      'actif',
      '',
      '',
    ],
    bad: { column: 'code_commune', value: commune, rule: 'unknown-commune' },
  };
}

export const structuresExport: DatasetExport = {
  dataset: 'structures',
  file: 'structures.csv',
  format: { encoding: 'windows-1252', delimiter: ';', eol: '\r\n' },
  header: HEADER,
  rows,
};
