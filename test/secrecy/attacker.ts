// The attacker's view of a release, written from the data contract and independent of core/secrecy:
// what a partner holds (every figure shown in any of its files; masked figures are null) and the
// relations anyone can write between those figures (area totals, category totals, row identities,
// means × counts, shares, remuneration groups against the remuneration tables, bounds). A linear
// program per masked figure, solved by HiGHS, gives its smallest and largest admissible value; the
// internal run gives its true value. A figure is recovered when the range keeps it from moving
// ±10 % either way (whole numbers for counts), beyond what the public counts alone say; a nil when
// its range collapses.
import loadHighs, { type Highs } from 'highs';
import { departement, type PublishedTables, type Row, rowKey, TABLE_NAMES, type TableName } from '../../core';

export interface Recovered {
  readonly table: TableName;
  readonly row: Row;
  readonly column: string;
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

const CENT = 0.01;

/** Structures a figure rests on, for the nil figures the threshold protects. */
const BASES: Partial<Record<TableName, (row: Row, column: string) => unknown>> = {
  patientele: (row) => row.nb_structures,
  remunerations: (row) => row.nb_remunerees,
  professionnels: (row) => row.nb_structures_avec,
  cds_effectifs: (row) => row.nb_centres,
  cds_patientele: (row) => row.nb_centres,
  cds_remunerations: (row, column) => (column === 'avance_a_rembourser' ? row.nb_prerequis_non_atteints : row.nb_remunerees),
  indicateurs: (row, column) => (column === 'montant' ? row.nb_atteint : row.nb_structures),
};

/**
 * The recovered figures that break the promise at `threshold`: every one not nil, and a nil resting
 * on 1 to n−1 structures (a nil no structure stands behind is public), as readable lines.
 */
export function breaches(found: readonly Recovered[], threshold: number): string[] {
  return found
    .filter((cell) => {
      if (cell.value !== 0) return true;
      const base = BASES[cell.table]?.(cell.row, cell.column);
      return typeof base === 'number' && base >= 1 && base < threshold;
    })
    .map((cell) => `${cell.table} ${JSON.stringify(cell.row)} ${cell.column} = ${cell.value} ∈ [${cell.low}; ${cell.high}]`);
}
const P = 0.1;

/** Figures that add up over areas (region = Σ departments, France = Σ regions). */
const ADDITIVE: Partial<Record<TableName, readonly string[]>> = {
  patientele: ['nb_structures', 'patientele_mt_somme', 'enfants_0_16_somme', 'patientele_reference_somme', 'file_active_somme'],
  remunerations: ['nb_remunerees', 'montant_total', 'avance', 'solde', 'nb_prerequis_non_atteints'],
  professionnels: ['nb_professionnels', 'nb_structures_avec'],
  cds_effectifs: ['nb_centres', 'effectif', 'etp'],
  cds_patientele: [
    'nb_centres',
    'patientele_mt_somme',
    'patientele_mt_elargie_somme',
    'file_active_mg_somme',
    'file_active_dentaire_somme',
    'file_active_infirmiere_somme',
  ],
  cds_remunerations: ['nb_remunerees', 'montant_total', 'avance', 'solde', 'trop_percu', 'nb_prerequis_non_atteints', 'avance_a_rembourser'],
  remunerations_groupes: ['nb_structures'],
  indicateurs: ['nb_structures', 'nb_atteint', 'montant'],
};

/** mean × count = sum; `count` a column, or the number of structures a share gives. */
const MEANS: Partial<Record<TableName, readonly [string, string, string | ((row: Row) => number | null)][]>> = {
  patientele: ['patientele_mt', 'enfants_0_16', 'patientele_reference', 'file_active'].map((m) => [`${m}_moyenne`, `${m}_somme`, 'nb_structures'] as const),
  remunerations: [['moyenne', 'montant_total', 'nb_remunerees']],
  cds_remunerations: [['moyenne', 'montant_total', 'nb_remunerees']],
  professionnels: [
    ['moyenne_par_structure_presente', 'nb_professionnels', 'nb_structures_avec'],
    [
      'moyenne_par_structure',
      'nb_professionnels',
      (row) =>
        num(row.pct_structures_avec) && num(row.nb_structures_avec) !== null ? (100 * num(row.nb_structures_avec)!) / num(row.pct_structures_avec)! : null,
    ],
  ],
};

const ROW_SUMS: Partial<Record<TableName, readonly [string, string, string][]>> = {
  remunerations: [['montant_total', 'avance', 'solde']],
  cds_remunerations: [['montant_total', 'avance', 'solde']],
  patientele: [['patientele_reference_somme', 'patientele_mt_somme', 'enfants_0_16_somme']],
};

/** Totals along a key within an area: `total` row = Σ the `parts` rows (≥ where CDS have no category). */
const KEY_TOTALS: Partial<Record<TableName, readonly { key: string; total: string; parts?: readonly string[]; columns: readonly string[] }[]>> = {
  professionnels: [
    { key: 'profession', total: 'ensemble', columns: ['nb_professionnels'] },
    { key: 'profession', total: 'medecin', parts: ['medecin_generaliste', 'medecin_autre_specialite'], columns: ['nb_professionnels'] },
  ],
  cds_effectifs: [
    { key: 'profession', total: 'ensemble', columns: ['effectif', 'etp'] },
    { key: 'categorie', total: 'ensemble', columns: ['nb_centres', 'effectif', 'etp'] },
  ],
  cds_patientele: [{ key: 'categorie', total: 'ensemble', columns: ADDITIVE.cds_patientele! }],
  cds_remunerations: [{ key: 'categorie', total: 'ensemble', columns: ADDITIVE.cds_remunerations! }],
  indicateurs: [{ key: 'categorie', total: 'ensemble', columns: ['nb_atteint', 'montant'] }],
};

const AGGREGATES = new Set(['ensemble', 'medecin']);
const SIGNED = new Set(['solde']);
const COUNTS = new Set([
  'nb_structures',
  'nb_atteint',
  'nb_remunerees',
  'nb_prerequis_non_atteints',
  'nb_professionnels',
  'nb_structures_avec',
  'nb_centres',
  'effectif',
]);

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

interface Term {
  readonly cell: string;
  readonly coef: number;
}
interface Relation {
  readonly terms: Term[];
  /** Σ terms (= | ≤) rhs */
  readonly rhs: number;
  readonly sense: 'eq' | 'le';
  /** Written from a shown share (not from public counts): unknown when every figure is masked. */
  readonly fromShares?: boolean;
}

/** Recovered masked figures of `shown` (what the partner holds), judged against `truth`. */
export async function attack(shown: PublishedTables, truth: PublishedTables): Promise<Recovered[]> {
  const cells = new Map<string, { table: TableName; row: Row; column: string; value: number; masked: boolean; floor: number; ceiling: number }>();
  const rowsByKey = new Map<string, { shown: Row; truth: Row }>();
  const id = (table: TableName, row: Row, column: string) => `${table}|${rowKey(table, row)}|${column}`;
  for (const table of TABLE_NAMES) {
    const truthRows = new Map(truth[table].map((row) => [rowKey(table, row), row]));
    for (const row of shown[table]) {
      const real = truthRows.get(rowKey(table, row));
      if (!real) throw new Error(`${table}: a shown row is not in the internal run`);
      rowsByKey.set(`${table}|${rowKey(table, row)}`, { shown: row, truth: real });
      for (const [column, value] of Object.entries(real)) {
        if (num(value) === null) continue;
        const masked = row[column] === null || row[column] === undefined;
        cells.set(id(table, row, column), {
          table,
          row: real,
          column,
          value: value as number,
          masked,
          floor: SIGNED.has(column) ? -Infinity : 0,
          ceiling: Infinity,
        });
      }
    }
  }
  const relations: Relation[] = [];
  const known = (table: TableName, row: Row, column: string): number | null => {
    const cell = cells.get(id(table, row, column));
    return cell && !cell.masked ? cell.value : null;
  };
  const term = (table: TableName, row: Row, column: string, coef: number): Term | null =>
    cells.has(id(table, row, column)) ? { cell: id(table, row, column), coef } : null;
  /** Adds the relation (`onlyIfTrue`: where the true values satisfy it); says whether it did. */
  const relate = (terms: (Term | null)[], rhs: number, sense: 'eq' | 'le', onlyIfTrue = false, fromShares = false): boolean => {
    if (terms.some((t) => t === null)) return false;
    const list = terms as Term[];
    if (onlyIfTrue) {
      const lhs = list.reduce((sum, t) => sum + t.coef * cells.get(t.cell)!.value, 0);
      if (sense === 'eq' ? Math.abs(lhs - rhs) > 1e-6 * Math.max(1, Math.abs(rhs)) : lhs > rhs + 1e-6) return false;
    }
    relations.push({ terms: list, rhs, sense, ...(fromShares ? { fromShares } : {}) });
    return true;
  };

  for (const table of TABLE_NAMES) {
    const rows = shown[table].map((row) => rowsByKey.get(`${table}|${rowKey(table, row)}`)!.truth);
    const others = (row: Row, skip: readonly string[]) =>
      JSON.stringify(
        Object.keys(row)
          .filter((key) => isKey(table, key) && !skip.includes(key))
          .map((key) => row[key]),
      );
    // Area totals.
    const byGroup = new Map<string, Row[]>();
    for (const row of rows) byGroup.set(others(row, ['niveau', 'code']), [...(byGroup.get(others(row, ['niveau', 'code'])) ?? []), row]);
    for (const group of byGroup.values()) {
      for (const parent of group) {
        const children = group.filter((row) =>
          parent.niveau === 'region'
            ? row.niveau === 'departement' && departement(String(row.code))?.region === parent.code
            : parent.niveau === 'france' && row.niveau === 'region',
        );
        if (children.length === 0) continue;
        for (const column of ADDITIVE[table] ?? []) {
          relate([term(table, parent, column, 1), ...children.map((child) => term(table, child, column, -1))], 0, 'eq');
        }
      }
    }
    for (const row of rows) {
      for (const [total, a, b] of ROW_SUMS[table] ?? []) relate([term(table, row, total, 1), term(table, row, a, -1), term(table, row, b, -1)], 0, 'eq');
      for (const [mean, sum, count] of MEANS[table] ?? []) {
        const n = typeof count === 'string' ? known(table, row, count) : count(rowsByKey.get(`${table}|${rowKey(table, row)}`)!.shown);
        if (n) relate([term(table, row, sum, 1), term(table, row, mean, -n)], 0, 'eq');
      }
    }
    // Totals along a key within an area.
    for (const { key, total, parts, columns } of KEY_TOTALS[table] ?? []) {
      const byArea = new Map<string, Row[]>();
      for (const row of rows) byArea.set(others(row, [key]), [...(byArea.get(others(row, [key])) ?? []), row]);
      for (const group of byArea.values()) {
        const totalRow = group.find((row) => row[key] === total);
        if (!totalRow) continue;
        const partRows = group.filter((row) => (parts ? parts.includes(String(row[key])) : !AGGREGATES.has(String(row[key]))));
        // No part at all (MSP have no category): nothing relates the total to anything.
        if (partRows.length === 0) continue;
        for (const column of columns) {
          const terms = [term(table, totalRow, column, -1), ...partRows.map((row) => term(table, row, column, 1))];
          relate(terms, 0, 'le');
          relate(terms, 0, 'eq', true);
        }
      }
    }
  }

  // Bounds a reader knows of single figures.
  for (const cell of cells.values()) {
    const { table, row, column } = cell;
    if (column === 'nb_professionnels') cell.floor = known(table, row, 'nb_structures_avec') ?? 0;
    if (column === 'nb_atteint') cell.ceiling = known(table, row, 'nb_structures') ?? Infinity;
    if (column === 'etp') relate([term(table, row, 'etp', 1), term(table, row, 'effectif', -1)], 0, 'le');
    // An indicator's amount is paid to the structures reaching it, a cent at least each: a nil
    // amount says none reached it.
    if (table === 'indicateurs' && column === 'montant') relate([term(table, row, 'nb_atteint', CENT), term(table, row, 'montant', -1)], 0, 'le', true);
    // And none reached it (shown): nothing was paid for it.
    if (table === 'indicateurs' && column === 'montant' && known(table, row, 'nb_atteint') === 0) relate([term(table, row, 'montant', 1)], 0, 'le');
  }
  // Indicators: shares and weights.
  const indicators = shown.indicateurs.map((row) => rowsByKey.get(`indicateurs|${rowKey('indicateurs', row)}`)!.truth);
  const areaGroups = new Map<string, Row[]>();
  for (const row of indicators) {
    const k = JSON.stringify([row.niveau, row.code, row.annee, row.type_structure, row.categorie]);
    areaGroups.set(k, [...(areaGroups.get(k) ?? []), row]);
  }
  for (const group of areaGroups.values()) {
    for (const row of group) {
      const pct = known('indicateurs', row, 'pct_atteint');
      const structures = known('indicateurs', row, 'nb_structures');
      if (pct !== null && structures) relate([term('indicateurs', row, 'nb_atteint', 1)], (pct * structures) / 100, 'eq', false, true);
      const weight = known('indicateurs', row, 'poids_pct');
      if (weight !== null) {
        relate(
          group.map((other) => term('indicateurs', other, 'montant', (other === row ? 100 : 0) - weight)),
          0,
          'eq',
          false,
          true,
        );
      }
    }
  }
  // Remuneration groups: their total (from a shown share), the paid ones and those missing the
  // prerequisites (from the remuneration tables), a nil trop-perçu or advance to pay back.
  const groups = new Map<string, Row[]>();
  for (const row of shown.remunerations_groupes.map((r) => rowsByKey.get(`remunerations_groupes|${rowKey('remunerations_groupes', r)}`)!.truth)) {
    const k = JSON.stringify([row.niveau, row.code, row.annee, row.type_structure]);
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  const find = (table: TableName, where: Record<string, unknown>) =>
    truth[table].find((row) => Object.entries(where).every(([key, value]) => row[key] === value));
  for (const group of groups.values()) {
    const first = group[0]!;
    const g = (numbers: string[]) => group.filter((row) => numbers.includes(String(row.groupe)));
    const sum = (rows: Row[], coef = 1) => rows.map((row) => term('remunerations_groupes', row, 'nb_structures', coef));
    const withShare = group.find(
      (row) => known('remunerations_groupes', row, 'pct_structures') && known('remunerations_groupes', row, 'nb_structures') !== null,
    );
    const total = withShare
      ? (100 * known('remunerations_groupes', withShare, 'nb_structures')!) / known('remunerations_groupes', withShare, 'pct_structures')!
      : null;
    if (total !== null) {
      relate(sum(group), total, 'eq');
      for (const row of group) {
        const share = known('remunerations_groupes', row, 'pct_structures');
        if (share !== null) relate([term('remunerations_groupes', row, 'nb_structures', 1)], (share * total) / 100, 'eq', false, true);
        const cell = cells.get(id('remunerations_groupes', row, 'nb_structures'));
        if (cell) cell.ceiling = total;
      }
    }
    const area = { niveau: first.niveau, code: first.code, annee: first.annee };
    const paidRow =
      first.type_structure === 'CDS'
        ? find('cds_remunerations', { ...area, categorie: 'ensemble' })
        : find('remunerations', { ...area, type_structure: first.type_structure });
    const paidTable: TableName = first.type_structure === 'CDS' ? 'cds_remunerations' : 'remunerations';
    if (paidRow) {
      const paid = known(paidTable, paidRow, 'nb_remunerees');
      const missed = known(paidTable, paidRow, 'nb_prerequis_non_atteints');
      // A public sum bounds each of its groups: that is known before any mask (no disclosure).
      const capped = (rows: Row[], known: number) => {
        for (const row of rows) {
          const cell = cells.get(id('remunerations_groupes', row, 'nb_structures'));
          if (cell) cell.ceiling = Math.min(cell.ceiling, known);
        }
      };
      if (paid !== null && relate(sum(g(['1', '2', '3'])), paid, 'eq', true)) capped(g(['1', '2', '3']), paid);
      if (missed !== null && relate(sum(g(['4', '5'])), missed, 'eq', true)) capped(g(['4', '5']), missed);
      if (paidTable === 'cds_remunerations') {
        relate([...sum(g(['2', '3']), CENT), term(paidTable, paidRow, 'trop_percu', -1)], 0, 'le', true);
        relate([...sum(g(['4']), CENT), term(paidTable, paidRow, 'avance_a_rembourser', -1)], 0, 'le', true);
      }
    }
  }
  const highs = await highsOnce();
  const candidates = solve(highs, cells, relations, (cell) => cell.masked);
  if (candidates.length === 0) return [];
  // A bound the public counts alone give (everything masked) is no disclosure: judged against it.
  const everything = solve(
    highs,
    cells,
    relations.filter((relation) => !relation.fromShares),
    () => true,
    new Set(candidates.map((found) => id(found.table, found.row, found.column))),
    true,
  );
  const prior = new Map(everything.map((found) => [id(found.table, found.row, found.column), found]));
  return candidates.filter((found) => {
    const key = id(found.table, found.row, found.column);
    const before = prior.get(key);
    return !before || recovered(cells.get(key)!, found.low, found.high, before);
  });
}

function isKey(table: TableName, column: string): boolean {
  return ['niveau', 'code', 'annee', 'type_structure', 'categorie', 'profession', 'groupe', 'indicateur'].includes(column) && table !== undefined;
}

let loaded: Promise<Highs> | undefined;
const highsOnce = () => (loaded ??= loadHighs());

type AttackCell = { table: TableName; row: Row; column: string; value: number; masked: boolean; floor: number; ceiling: number };

/**
 * The ranges of the cells `unknown` leaves unknown; `only`: the cells to range (default: every
 * unknown one); `all`: every ranged cell returned, not only those recovered.
 */
function solve(
  highs: Highs,
  cells: ReadonlyMap<string, AttackCell>,
  relations: readonly Relation[],
  unknown: (cell: AttackCell) => boolean,
  only?: ReadonlySet<string>,
  all = false,
): Recovered[] {
  const isUnknown = (key: string) => unknown(cells.get(key)!);
  // Masked cells tied by relations, each group a program.
  const parent = new Map<string, string>();
  const root = (key: string): string => {
    const up = parent.get(key) ?? key;
    if (up === key) return key;
    const top = root(up);
    parent.set(key, top);
    return top;
  };
  for (const relation of relations) {
    const tied = relation.terms.filter((t) => isUnknown(t.cell));
    for (const other of tied.slice(1)) parent.set(root(other.cell), root(tied[0]!.cell));
  }
  const byGroup = new Map<string, string[]>();
  for (const key of cells.keys()) if (isUnknown(key)) byGroup.set(root(key), [...(byGroup.get(root(key)) ?? []), key]);
  const relationsOf = new Map<string, Relation[]>();
  for (const relation of relations) {
    const first = relation.terms.find((t) => isUnknown(t.cell));
    if (first) relationsOf.set(root(first.cell), [...(relationsOf.get(root(first.cell)) ?? []), relation]);
  }
  const found: Recovered[] = [];
  for (const [group, keys] of byGroup) {
    if (only && !keys.some((key) => only.has(key))) continue;
    const column = new Map(keys.map((key, at) => [key, at]));
    const model = highs.createModel();
    try {
      model.options.set({ output_flag: false });
      // In units of the group's largest figure: the published doubles agree to about 1e-12 of it.
      const scale = Math.max(1, ...keys.map((key) => Math.abs(cells.get(key)!.value)));
      // A figure's own bounds (professionals ≥ the structures counting one, reaching ≤ computed).
      for (const key of keys) {
        const cell = cells.get(key)!;
        model.addVar(Number.isFinite(cell.floor) ? cell.floor / scale : -highs.infinity, Number.isFinite(cell.ceiling) ? cell.ceiling / scale : highs.infinity);
      }
      for (const relation of relationsOf.get(group) ?? []) {
        let rhs = relation.rhs;
        const entries = new Map<number, number>();
        for (const t of relation.terms) {
          const at = column.get(t.cell);
          if (at === undefined) rhs -= t.coef * cells.get(t.cell)!.value;
          else entries.set(at, (entries.get(at) ?? 0) + t.coef);
        }
        const indices = [...entries.keys()];
        model.addRow(relation.sense === 'eq' ? rhs / scale : -highs.infinity, rhs / scale, { indices, values: indices.map((at) => entries.get(at)!) });
      }
      for (const key of keys) {
        if (only && !only.has(key)) continue;
        const cell = cells.get(key)!;
        const at = column.get(key)!;
        const bound = (sense: 'minimize' | 'maximize') => {
          model.changeObjectiveSense(highs.constants.objectiveSense[sense]);
          model.changeColCost(at, 1);
          model.run();
          const status = model.getModelStatus();
          const value = model.getObjectiveValue();
          model.changeColCost(at, 0);
          if (status === highs.constants.modelStatus.optimal) return value * scale;
          if (status === highs.constants.modelStatus.infeasible) throw new Error(`attacker: infeasible program around ${key}`);
          return sense === 'minimize' ? -Infinity : Infinity;
        };
        const low = bound('minimize');
        const high = bound('maximize');
        if (all || recovered(cell, low, high)) found.push({ table: cell.table, row: cell.row, column: cell.column, value: cell.value, low, high });
      }
    } finally {
      model.dispose();
    }
  }
  return found;
}

function recovered(cell: AttackCell, rangeLow: number, rangeHigh: number, prior?: { low: number; high: number }): boolean {
  const integer = COUNTS.has(cell.column);
  const tolerance = 1e-6 * Math.max(1, Math.abs(cell.value));
  const round = (range: { low: number; high: number }) =>
    integer ? { low: Math.ceil(range.low - tolerance), high: Math.floor(range.high + tolerance) } : range;
  const { low, high } = round({ low: rangeLow, high: rangeHigh });
  const known = prior ? round(prior) : { low: -Infinity, high: Infinity };
  const reach = cell.value === 0 ? 1 : P * Math.abs(cell.value);
  const down = Math.max(0, Math.min(reach, cell.value - Math.max(cell.floor, known.low)));
  const up = Math.max(0, Math.min(reach, Math.min(cell.ceiling, known.high) - cell.value));
  if (cell.value === 0) return high - low < Math.max(down, up) - tolerance;
  return low > cell.value - down + tolerance || high < cell.value + up - tolerance;
}
