// Published tables computed from made-up structures, as the pipeline defines them (data-contract.md),
// and a reader who tries to undo the masks with what the table shows. Both are written here from the
// contract, independently of core/secrecy, so the tests check the module against them.

import { PROFESSIONS } from '../../../core';
import type { Row } from '../../../core/published/published-tables';

export interface Structure {
  readonly departement: string;
  /** ACI remuneration of the year (euros), avance + solde. */
  readonly montant: number;
  readonly avance: number;
  readonly fullYear: boolean;
  readonly patienteleMt: number;
  readonly enfants: number;
  readonly fileActive: number;
  /** Professionals by profession code (only those present). */
  readonly professionnels: Readonly<Record<string, number>>;
}

const sum = (values: readonly number[]) => values.reduce((acc, value) => acc + value, 0);
const cents = (value: number) => Math.round(value * 100) / 100;

interface Area {
  readonly niveau: string;
  readonly code: string;
  readonly structures: readonly Structure[];
}

/** Departments with at least one structure (INSEE order as given), then the region. */
function areas(region: string, structures: readonly Structure[]): Area[] {
  const departements = [...new Set(structures.map((s) => s.departement))];
  return [
    ...departements.map((code) => ({ niveau: 'departement', code, structures: structures.filter((s) => s.departement === code) })),
    { niveau: 'region', code: region, structures },
  ];
}

export function remunerationsRows(region: string, structures: readonly Structure[], annee = 2023): Row[] {
  return areas(region, structures).map(({ niveau, code, structures: paid }) => {
    const amounts = paid.map((s) => s.montant);
    const full = paid.filter((s) => s.fullYear).map((s) => s.montant);
    const total = cents(sum(amounts));
    const avance = cents(sum(paid.map((s) => s.avance)));
    return {
      niveau,
      code,
      annee,
      type_structure: 'MSP',
      nb_remunerees: paid.length,
      montant_total: total,
      avance,
      solde: cents(total - avance),
      moyenne: total / paid.length,
      moyenne_annee_complete: full.length > 0 ? sum(full) / full.length : null,
      minimum: Math.min(...amounts),
      maximum: Math.max(...amounts),
      nb_prerequis_non_atteints: 0,
    };
  });
}

export function patienteleRows(region: string, structures: readonly Structure[], annee = 2023): Row[] {
  return areas(region, structures).map(({ niveau, code, structures: list }) => {
    const n = list.length;
    const mt = sum(list.map((s) => s.patienteleMt));
    const enfants = sum(list.map((s) => s.enfants));
    const fileActive = sum(list.map((s) => s.fileActive));
    return {
      niveau,
      code,
      annee,
      type_structure: 'MSP',
      nb_structures: n,
      patientele_mt_somme: mt,
      patientele_mt_moyenne: mt / n,
      enfants_0_16_somme: enfants,
      enfants_0_16_moyenne: enfants / n,
      patientele_reference_somme: mt + enfants,
      patientele_reference_moyenne: (mt + enfants) / n,
      file_active_somme: fileActive,
      file_active_moyenne: fileActive / n,
    };
  });
}

const AGGREGATES: Record<string, (profession: string) => boolean> = {
  medecin: (profession) => profession === 'medecin_generaliste' || profession === 'medecin_autre_specialite',
  ensemble: () => true,
};

/**
 * Department and region rows (contract v2), one per profession present in the area, and the
 * aggregates `medecin` (both kinds of doctors) and `ensemble` (every profession).
 */
export function professionnelsRows(region: string, structures: readonly Structure[], annee = 2023): Row[] {
  const professions = [...new Set(structures.flatMap((s) => Object.keys(s.professionnels)))].sort();
  const effectif = (s: Structure, profession: string) =>
    profession in AGGREGATES
      ? sum(
          Object.entries(s.professionnels)
            .filter(([p]) => AGGREGATES[profession]!(p))
            .map(([, n]) => n),
        )
      : (s.professionnels[profession] ?? 0);
  return [...professions, 'medecin', 'ensemble'].flatMap((profession) =>
    areas(region, structures).flatMap(({ niveau, code, structures: list }) => {
      const having = list.filter((s) => effectif(s, profession) > 0);
      if (having.length === 0) return [];
      const count = sum(having.map((s) => effectif(s, profession)));
      return [
        {
          niveau,
          code,
          annee,
          type_structure: 'MSP',
          profession,
          nb_professionnels: count,
          nb_structures_avec: having.length,
          pct_structures_avec: (100 * having.length) / list.length,
          moyenne_par_structure: count / list.length,
          moyenne_par_structure_presente: count / having.length,
        },
      ];
    }),
  );
}

/** What a reader can write down from a table: a total and its parts, a mean and its public count. */
export interface ReaderEquations {
  /** Columns whose region row is the sum of the department rows. */
  readonly additive: readonly string[];
  /** [total, ...parts] within a row. */
  readonly rowSums: readonly (readonly string[])[];
  /**
   * [mean, sum, count, assumed]: mean × count = sum; count is a column or computed from the row.
   * `assumed`: only true when every structure was present all year, so the reader uses it one way
   * (mean → sum); the mean it would give back is then just the published mean.
   */
  readonly means: readonly (readonly [string, string, string | ((row: Row) => number), boolean?])[];
  /** [min, max, mean, sum]: a row of one structure shows its amount four times. */
  readonly single?: readonly string[];
  readonly weight: string;
  /** Within an area and year: the row of `total` (a value of `across`) is the sum of the rows of `parts`. */
  readonly categoryTotals?: readonly { across: string; total: string; parts: readonly string[]; columns: readonly string[] }[];
}

export const READER: Record<'remunerations' | 'patientele' | 'professionnels', ReaderEquations> = {
  remunerations: {
    additive: ['montant_total', 'avance', 'solde'],
    rowSums: [['montant_total', 'avance', 'solde']],
    // The full-year mean as the reader used it: × paid structures, as if all were present all year.
    means: [
      ['moyenne', 'montant_total', 'nb_remunerees'],
      ['moyenne_annee_complete', 'montant_total', 'nb_remunerees', true],
    ],
    single: ['minimum', 'maximum', 'moyenne', 'montant_total'],
    weight: 'nb_remunerees',
  },
  patientele: {
    additive: ['patientele_mt_somme', 'enfants_0_16_somme', 'patientele_reference_somme', 'file_active_somme'],
    rowSums: [['patientele_reference_somme', 'patientele_mt_somme', 'enfants_0_16_somme']],
    means: ['patientele_mt', 'enfants_0_16', 'patientele_reference', 'file_active'].map((m) => [`${m}_moyenne`, `${m}_somme`, 'nb_structures'] as const),
    weight: 'nb_structures',
  },
  professionnels: {
    additive: ['nb_professionnels'],
    rowSums: [],
    means: [
      ['moyenne_par_structure_presente', 'nb_professionnels', 'nb_structures_avec'],
      ['moyenne_par_structure', 'nb_professionnels', (row) => (100 * (row.nb_structures_avec as number)) / (row.pct_structures_avec as number)],
    ],
    weight: 'nb_structures_avec',
    categoryTotals: [
      { across: 'profession', total: 'medecin', parts: ['medecin_generaliste', 'medecin_autre_specialite'], columns: ['nb_professionnels'] },
      { across: 'profession', total: 'ensemble', parts: Object.keys(PROFESSIONS), columns: ['nb_professionnels'] },
    ],
  },
};

/**
 * The masked cells a reader recomputes by propagation: a total minus its known parts, a row
 * identity, mean × count, and the four figures of a one-structure row; repeated until nothing new.
 * Returns `row:column` of every masked cell whose value comes out right to the cent.
 */
export function readerRecovers(rows: readonly Row[], masks: readonly ReadonlySet<string>[], reader: ReaderEquations, sliceBy: readonly string[]): string[] {
  const known = new Map<string, number>();
  rows.forEach((row, r) => {
    for (const [column, value] of Object.entries(row)) {
      if (typeof value === 'number' && !masks[r]!.has(column)) known.set(`${r}:${column}`, value);
    }
  });
  const equations: { total: string; parts: string[] }[] = [];
  const products: { product: string; factor: string; count: number; assumed: boolean }[] = [];
  const slices = new Map<string, number[]>();
  rows.forEach((row, r) => {
    const id = sliceBy.map((key) => String(row[key])).join('|');
    slices.set(id, [...(slices.get(id) ?? []), r]);
  });
  for (const indexes of slices.values()) {
    const region = indexes.find((r) => rows[r]!.niveau === 'region');
    const departements = indexes.filter((r) => rows[r]!.niveau === 'departement');
    if (region !== undefined) {
      for (const column of reader.additive) equations.push({ total: `${region}:${column}`, parts: departements.map((r) => `${r}:${column}`) });
    }
  }
  for (const { across, total, parts, columns } of reader.categoryTotals ?? []) {
    const groups = new Map<string, number[]>();
    rows.forEach((row, r) => {
      const id = Object.entries(row)
        .filter(([key]) => key === 'niveau' || key === 'code' || (sliceBy.includes(key) && key !== across))
        .map(([, v]) => String(v))
        .join('|');
      groups.set(id, [...(groups.get(id) ?? []), r]);
    });
    for (const members of groups.values()) {
      const totalRow = members.find((r) => rows[r]![across] === total);
      if (totalRow === undefined) continue;
      const partRows = members.filter((r) => parts.includes(String(rows[r]![across])));
      for (const column of columns) equations.push({ total: `${totalRow}:${column}`, parts: partRows.map((r) => `${r}:${column}`) });
    }
  }
  rows.forEach((row, r) => {
    for (const [total, ...parts] of reader.rowSums) equations.push({ total: `${r}:${total}`, parts: parts.map((p) => `${r}:${p}`) });
    for (const [mean, total, count, assumed] of reader.means) {
      const n = typeof count === 'string' ? (row[count] as number) : count(row);
      if (n > 0 && Number.isFinite(n)) products.push({ product: `${r}:${total}`, factor: `${r}:${mean}`, count: n, assumed: assumed ?? false });
    }
    if (reader.single && row[reader.weight] === 1) {
      const [first, ...others] = reader.single;
      for (const other of others) equations.push({ total: `${r}:${first}`, parts: [`${r}:${other}`] });
    }
  });
  for (let changed = true; changed; ) {
    changed = false;
    const learn = (key: string, value: number) => {
      if (!known.has(key)) {
        known.set(key, value);
        changed = true;
      }
    };
    for (const { total, parts } of equations) {
      const missing = [total, ...parts].filter((key) => !known.has(key));
      if (missing.length !== 1) continue;
      const partSum = sum(parts.filter((key) => known.has(key)).map((key) => known.get(key)!));
      learn(missing[0]!, missing[0] === total ? partSum : known.get(total)! - partSum);
    }
    for (const { product, factor, count, assumed } of products) {
      if (known.has(factor)) learn(product, known.get(factor)! * count);
      else if (known.has(product) && !assumed) learn(factor, known.get(product)! / count);
    }
  }
  const recovered: string[] = [];
  masks.forEach((columns, r) => {
    for (const column of columns) {
      const truth = rows[r]![column];
      const guess = known.get(`${r}:${column}`);
      if (typeof truth === 'number' && guess !== undefined && Math.abs(guess - truth) < 0.005) recovered.push(`${r}:${column}`);
    }
  });
  return recovered;
}

/** Deterministic pseudo-random numbers (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
