// indicateurs_territoriaux.csv, version 3: what the deck still showed by hand, appended after the
// version-2 rows (which keep their values and lines, with three more empty cells): programmes broken
// down by a `Dimension` and its `Modalité` (with the modality's label), and quarterly series.
// Île-de-France takes the deck's figures where it quotes them (seed 003); other regions, and the
// figures the deck only describes, are drawn per 100 000 inhabitants as in version 2.
// * Mon bilan prévention, year to the arrêté: the region's beneficiaries by profession of who carried
//   it out and by department (no breakdown); the professionals who carried one out, by profession,
//   with their total (`mon_bilan_prevention_executants`).
// * DMP: documents added per quarter by type of actor, for departments and regions, with the totals;
//   one department's total is a few units off its actors' sum (a cross-check alert, not a reject).
// * Ordonnances numériques per quarter and Beyfortus dispensed in town per month, by department.
// * Cervical screening of the previous year by mode (organised, individual) and its total.
// * CPTS and the heart-failure pathway by situation, region rows (not additive: a CPTS may be in
//   several situations).
// Every row is drawn from its own seed path, so the version-2 rows before them never move.
// Planted: a dimension without modality, a modality without dimension, a quarter in a monthly
// series, a percentage breakdown of a count, a fifth quarter.
import { compareCodes } from '../../../core';
import { ILE_DE_FRANCE } from '../calibration';
import type { ExportRow, RejectRule } from '../export-spec';
import { decimalComma } from '../export-spec';
import type { Plan } from '../plan';
import { Random } from '../random';
import { screeningCount } from './depistage';

/** The three columns version 3 adds after version 2's `Additif`. */
export const VERSION_3_HEADER = ['Dimension', 'Modalité', 'Libellé modalité'] as const;

interface Programme {
  readonly code: string;
  readonly libelle: string;
  readonly unite: 'nombre' | 'pourcentage';
  /** Written on every row when the source says so (a CPTS counts in several situations). */
  readonly nonAdditive?: boolean;
}

interface Modality {
  readonly code: string;
  readonly libelle: string;
}

const BILAN: Programme = { code: 'mon_bilan_prevention', libelle: 'Bénéficiaires d’un bilan prévention (mois de soins)', unite: 'nombre' };
const EXECUTANTS: Programme = { code: 'mon_bilan_prevention_executants', libelle: 'Professionnels ayant réalisé un bilan prévention', unite: 'nombre' };
const DMP: Programme = { code: 'dmp_documents', libelle: 'Documents ajoutés au DMP', unite: 'nombre' };
const E_PRESCRIPTION: Programme = { code: 'e_prescription', libelle: 'Ordonnances numériques émises', unite: 'nombre' };
const BEYFORTUS: Programme = { code: 'beyfortus_delivrances', libelle: 'Délivrances de Beyfortus en ville', unite: 'nombre' };
const COL: Programme = { code: 'depistage_col_uterus', libelle: 'Taux de dépistage du cancer du col de l’utérus', unite: 'pourcentage' };
const CPTS_IC: Programme = { code: 'cpts_parcours_ic', libelle: 'CPTS et parcours insuffisance cardiaque', unite: 'nombre', nonAdditive: true };

const PROFESSIONS: readonly Modality[] = [
  { code: 'medecin_generaliste', libelle: 'Médecins généralistes (RDV)' },
  { code: 'sage_femme', libelle: 'Sages-femmes (RDV)' },
  { code: 'infirmier', libelle: 'Infirmiers (RDI)' },
  { code: 'pharmacien', libelle: 'Pharmaciens (RDP)' },
];
const ACTEURS: readonly Modality[] = [
  { code: 'medecin_ville', libelle: 'Médecins de ville' },
  { code: 'etablissement_sante', libelle: 'Établissements de santé' },
  { code: 'laboratoire', libelle: 'Laboratoires' },
  { code: 'pharmacie', libelle: 'Pharmacies' },
];
const MODES: readonly Modality[] = [
  { code: 'organise', libelle: 'Dépistage organisé' },
  { code: 'individuel', libelle: 'Dépistage individuel' },
];
const SITUATIONS: readonly Modality[] = [
  { code: 'programme', libelle: 'CPTS ayant un programme parcours IC' },
  { code: 'projet_sante', libelle: 'Parcours IC intégré au projet de santé après l’ACI' },
  { code: 'accompagnement', libelle: 'CPTS accompagnées sur le parcours IC' },
];

// The deck's Île-de-France figures (seed 003): Mon bilan prévention from January to 26 April 2024,
// beneficiaries and professionals by profession; the four department counts it prints (125, 59, 33,
// 27) read as Paris, Seine-Saint-Denis, Hauts-de-Seine and Val-de-Marne, the other four sharing the
// rest of the 344; CPTS on the heart-failure pathway.
const IDF_BILAN_BY_PROFESSION: Readonly<Record<string, number>> = { medecin_generaliste: 208, sage_femme: 24, infirmier: 95, pharmacien: 17 };
const IDF_BILAN_BY_DEPARTMENT: Readonly<Record<string, number>> = { '75': 125, '93': 59, '92': 33, '94': 27, '77': 26, '78': 24, '91': 25, '95': 25 };
const IDF_EXECUTANTS: Readonly<Record<string, number>> = { medecin_generaliste: 51, sage_femme: 4, infirmier: 13, pharmacien: 10 };
const IDF_CPTS_IC: Readonly<Record<string, number>> = { programme: 15, projet_sante: 3, accompagnement: 17 };

/** DMP documents per 100 000 inhabitants in the last quarter, and each actor's trend over the three. */
const DMP_PER_100K: Readonly<Record<string, number>> = { medecin_ville: 18_000, etablissement_sante: 75_000, laboratoire: 55_000, pharmacie: 6_000 };
const DMP_TREND: Readonly<Record<string, readonly number[]>> = {
  // Ségur software: city doctors rise strongly over the last two quarters.
  medecin_ville: [0.6, 0.78, 1],
  // The summer dip of the hospitals in T3, then a gradual recovery.
  etablissement_sante: [0.86, 0.95, 1],
  // Labs and pharmacies rising since October.
  laboratoire: [0.82, 0.9, 1],
  pharmacie: [0.7, 0.85, 1],
};
/** Ordonnances numériques per 100 000 in the last quarter, and the roll-out over the three quarters. */
const E_PRESCRIPTION_PER_100K = 9_000;
const E_PRESCRIPTION_TREND = [0.35, 0.6, 1];
/** Beyfortus dispensed in town per 100 000, September to March (campaign from mid-September). */
const BEYFORTUS_PER_100K = [22, 64, 41, 24, 17, 13, 11];
/** Share of the cervical screening rate that is organised (invitations), the rest individual. */
const COL_ORGANISE_SHARE = [0.16, 0.24] as const;
/** The DMP department whose total is off its actors' sum, by its rank in code order, and by how much. */
const DMP_ALERT_RANK = 5;
const DMP_ALERT_OFFSET = 6;

interface Item {
  readonly territoire: string;
  readonly periode: string;
  readonly programme: Programme;
  readonly valeur: number | string;
  readonly dimension?: string;
  readonly modality?: Modality;
}

const month = (year: number, m: number) => `${year}-${String(m).padStart(2, '0')}`;
const quarter = (year: number, n: number) => `${year}-T${n}`;

function valueCell(programme: Programme, value: number | string): string {
  if (typeof value === 'string') return value;
  return programme.unite === 'pourcentage' ? `${decimalComma(value, 1)}\u00a0%` : String(Math.round(value));
}

/** Largest-remainder split of a whole `total` by weights, so that the parts add up to it exactly. */
function split(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  for (const [, i] of exact.map((value, i) => [value - Math.floor(value), i] as const).sort((a, b) => b[0] - a[0])) {
    if (left-- <= 0) break;
    parts[i]!++;
  }
  return parts;
}

export function* version3Rows(plan: Plan): Generator<ExportRow> {
  const reference = plan.spec.referenceYear;
  const departements = [...plan.spec.departements].sort(compareCodes);
  const population = (code: string) => plan.geography.get(code)!.population / 100_000;
  const membersOf = (region: string) => departements.filter((code) => plan.departements.get(code)!.region === region);
  const inhabitants = (codes: readonly string[]) => codes.reduce((sum, code) => sum + population(code), 0);
  // Île-de-France's population (whether generated or not): other regions are scaled on it.
  const idfInhabitants = [...plan.geography.values()].filter((d) => d.region === ILE_DE_FRANCE).reduce((sum, d) => sum + d.population / 100_000, 0);
  const level = (territory: string, code: string) => new Random(plan.seed, 'territorial', territory, code).logNormal(0.35);
  const noise = (...path: (string | number)[]) => new Random(plan.seed, 'territorial-noise', ...path).logNormal(0.06);

  const labelled = new Set<string>();
  const emit = (item: Item, bad?: { column: string; value: string; rule: RejectRule }): ExportRow => {
    const { territoire, periode, programme, dimension = '', modality } = item;
    const rng = new Random(plan.seed, 'territorial-v3-row', territoire, periode, programme.code, dimension, modality?.code ?? '');
    // As in version 2: label and unit on a code's first row, then now and then; the modality's label likewise.
    const first = !labelled.has(programme.code);
    labelled.add(programme.code);
    const modalityKey = `${programme.code}/${modality?.code}`;
    const firstModality = modality !== undefined && !labelled.has(modalityKey);
    if (modality) labelled.add(modalityKey);
    const libelle = first || rng.chance(0.3) ? programme.libelle : '';
    const unite = first || programme.unite !== 'nombre' || rng.chance(0.5) ? programme.unite : '';
    const additif = programme.nonAdditive ? 'Non' : programme.unite === 'pourcentage' && rng.chance(0.5) ? 'Non' : programme === BILAN ? 'oui' : '';
    const libelleModalite = modality && (firstModality || rng.chance(0.6)) ? modality.libelle : '';
    const cells = [
      territoire,
      periode,
      programme.code,
      valueCell(programme, item.valeur),
      libelle,
      unite,
      additif,
      dimension,
      modality?.code ?? '',
      libelleModalite,
    ];
    return bad ? { cells, bad } : { cells };
  };
  const regions = plan.spec.regions.map((region) => ({ region, members: membersOf(region), idf: region === ILE_DE_FRANCE }));
  const year = String(reference);

  // Mon bilan prévention, year to the arrêté: the region by profession, then its departments. The
  // departments add up to the professions' total (the region's total is their sum).
  for (const { region, members, idf } of regions) {
    const byDepartment = new Map(
      members.map((code) => {
        const drawn = (344 / idfInhabitants) * population(code) * level(code, `${BILAN.code}-annee`) * noise(code, BILAN.code, reference);
        return [code, idf ? IDF_BILAN_BY_DEPARTMENT[code]! : Math.round(drawn)] as const;
      }),
    );
    const total = [...byDepartment.values()].reduce((a, b) => a + b, 0);
    const byProfession = idf
      ? PROFESSIONS.map((p) => IDF_BILAN_BY_PROFESSION[p.code]!)
      : split(
          total,
          PROFESSIONS.map((p) => IDF_BILAN_BY_PROFESSION[p.code]! * noise(region, BILAN.code, p.code)),
        );
    for (const [i, modality] of PROFESSIONS.entries()) {
      yield emit({ territoire: `R${region}`, periode: year, programme: BILAN, valeur: byProfession[i]!, dimension: 'profession', modality });
    }
    for (const [code, value] of byDepartment) yield emit({ territoire: code, periode: year, programme: BILAN, valeur: value });
  }

  // The professionals who carried a bilan out: by profession and their total, region rows.
  let plantedHalfBreakdown = false;
  for (const { region, members, idf } of regions) {
    const scale = inhabitants(members) / idfInhabitants;
    const values = PROFESSIONS.map((p) =>
      idf ? IDF_EXECUTANTS[p.code]! : Math.round(IDF_EXECUTANTS[p.code]! * scale * level(`R${region}`, `${EXECUTANTS.code}-${p.code}`) ** 0.5),
    );
    yield emit({ territoire: `R${region}`, periode: year, programme: EXECUTANTS, valeur: values.reduce((a, b) => a + b, 0) });
    for (const [i, modality] of PROFESSIONS.entries()) {
      yield emit({ territoire: `R${region}`, periode: year, programme: EXECUTANTS, valeur: values[i]!, dimension: 'profession', modality });
    }
    if (!plantedHalfBreakdown) {
      // A row pasted without its profession's code: a dimension and no modality.
      plantedHalfBreakdown = true;
      yield emit(
        { territoire: `R${region}`, periode: year, programme: EXECUTANTS, valeur: 3, dimension: 'profession' },
        { column: 'modalite', value: '', rule: 'dimension-without-modality' },
      );
    }
  }

  // DMP, three quarters: each department's total then its actors, then each region's (the sum of
  // its departments' actors).
  const quarters = [quarter(reference - 1, 3), quarter(reference - 1, 4), quarter(reference, 1)];
  const dmp = (code: string, actor: string, q: number) =>
    Math.round(DMP_PER_100K[actor]! * population(code) * level(code, `${DMP.code}-${actor}`) * DMP_TREND[actor]![q]! * noise(code, DMP.code, actor, q));
  for (const [q, periode] of quarters.entries()) {
    for (const [rank, code] of departements.entries()) {
      const values = ACTEURS.map((a) => dmp(code, a.code, q));
      const offset = rank === DMP_ALERT_RANK && q === 1 ? DMP_ALERT_OFFSET : 0;
      yield emit({ territoire: code, periode, programme: DMP, valeur: values.reduce((a, b) => a + b, 0) + offset });
      for (const [i, modality] of ACTEURS.entries())
        yield emit({ territoire: code, periode, programme: DMP, valeur: values[i]!, dimension: 'acteur', modality });
    }
    for (const { region, members } of regions) {
      const values = ACTEURS.map((a) => members.reduce((sum, code) => sum + dmp(code, a.code, q), 0));
      yield emit({ territoire: `R${region}`, periode, programme: DMP, valeur: values.reduce((a, b) => a + b, 0) });
      for (const [i, modality] of ACTEURS.entries()) {
        yield emit({ territoire: `R${region}`, periode, programme: DMP, valeur: values[i]!, dimension: 'acteur', modality });
      }
    }
  }
  // A share typed into the count's sheet, for the quarter before the series: a percentage
  // breakdown of an additive count (the code's first row says `nombre`).
  const share = '12,4\u00a0%';
  yield {
    cells: [departements[1]!, quarter(reference - 1, 2), DMP.code, share, '', 'pourcentage', '', 'acteur', 'medecin_ville', 'Médecins de ville'],
    bad: { column: 'unite', value: 'pourcentage', rule: 'unit-conflict' },
  };

  // Ordonnances numériques, three quarters by department; then a fifth quarter typed by mistake.
  for (const [q, periode] of quarters.entries()) {
    for (const code of departements) {
      const value =
        E_PRESCRIPTION_PER_100K * population(code) * level(code, E_PRESCRIPTION.code) * E_PRESCRIPTION_TREND[q]! * noise(code, E_PRESCRIPTION.code, q);
      yield emit({ territoire: code, periode, programme: E_PRESCRIPTION, valeur: value });
    }
  }
  const fifth = quarter(reference, 5);
  yield emit(
    { territoire: departements[2]!, periode: fifth, programme: E_PRESCRIPTION, valeur: 1234 },
    { column: 'periode', value: fifth, rule: 'unreadable-period' },
  );

  // Beyfortus in town, September of the previous year to March, by department; then a quarter's
  // subtotal pasted into the monthly series (its first rows are months).
  const months = BEYFORTUS_PER_100K.map((_, i) => (i < 4 ? month(reference - 1, 9 + i) : month(reference, i - 3)));
  const beyfortus = (code: string, i: number) => BEYFORTUS_PER_100K[i]! * population(code) * level(code, BEYFORTUS.code) * noise(code, BEYFORTUS.code, i);
  for (const [i, periode] of months.entries()) {
    for (const code of departements) yield emit({ territoire: code, periode, programme: BEYFORTUS, valeur: beyfortus(code, i) });
  }
  const firstQuarter = quarter(reference, 1);
  const subtotal = Math.round(beyfortus(departements[0]!, 4) + beyfortus(departements[0]!, 5) + beyfortus(departements[0]!, 6));
  yield emit(
    { territoire: departements[0]!, periode: firstQuarter, programme: BEYFORTUS, valeur: subtotal },
    { column: 'periode', value: firstQuarter, rule: 'period-kind-conflict' },
  );

  // Cervical screening of the previous year by mode: the total is depistage.csv's rate, organised
  // plus individual to the tenth.
  let plantedModality = false;
  for (const [rank, code] of departements.entries()) {
    const c = screeningCount(plan, code, 'col_uterus', reference - 1);
    if (!c) continue;
    const total = Math.round((1000 * c.screened) / c.target);
    const organise = Math.round(total * new Random(plan.seed, 'territorial', code, COL.code, 'organise').uniform(...COL_ORGANISE_SHARE));
    const periode = String(reference - 1);
    yield emit({ territoire: code, periode, programme: COL, valeur: total / 10 });
    yield emit({ territoire: code, periode, programme: COL, valeur: organise / 10, dimension: 'mode', modality: MODES[0]! });
    yield emit({ territoire: code, periode, programme: COL, valeur: (total - organise) / 10, dimension: 'mode', modality: MODES[1]! });
    if (!plantedModality && rank === 1) {
      // The mode typed in without its dimension.
      plantedModality = true;
      yield emit(
        { territoire: code, periode, programme: COL, valeur: organise / 10, modality: MODES[0]! },
        { column: 'dimension', value: '', rule: 'modality-without-dimension' },
      );
    }
  }

  // CPTS and the heart-failure pathway, region rows (no total: the situations overlap).
  for (const { region, members, idf } of regions) {
    const scale = inhabitants(members) / idfInhabitants;
    for (const modality of SITUATIONS) {
      const value = idf ? IDF_CPTS_IC[modality.code]! : IDF_CPTS_IC[modality.code]! * scale * level(`R${region}`, `${CPTS_IC.code}-${modality.code}`);
      yield emit({ territoire: `R${region}`, periode: year, programme: CPTS_IC, valeur: value, dimension: 'situation', modality });
    }
  }
}
