// What statistical secrecy means for a published table: which figures stand on structures, which
// count patients, and every relation a reader could use to undo a mask (totals, row identities,
// means, extremes, bounds). Each table declares its rule (core/tables); the secrecy engine builds
// the masks and the audit from these declarations alone. A leaf module: the declarations import it.

import type { Row } from '../published/published-tables';
import type { Column } from '../schema/columns';

/** mean × count = sum, the count being public (a column, or computed from public columns). */
export interface MeanRule {
  readonly mean: string;
  readonly sum: string;
  /** A public column of the row, or a function of the row's public columns; null: no base. */
  readonly count: string | ((row: Row) => number | null);
}

/**
 * A mean over a subset of the row's structures whose size is not published (the full-year mean):
 * nothing proves it stands on n structures or more, so a partner file never shows it.
 */
export interface UnpublishedBaseMeanRule {
  readonly mean: string;
  readonly sum: string;
}

/**
 * Minimum and maximum of the structures' amounts whose total is `sum`: each is one structure's
 * exact amount, so a partner file never shows them.
 */
export interface ExtremeRule {
  readonly min: string;
  readonly max: string;
  readonly sum: string;
}

/**
 * share = scale × part / Σ part over the rows of the same area that differ only by `across` (an
 * indicator's weight in the remuneration, `poids_pct`). Shown, it is a linear equation on the
 * parts (its value a known coefficient); masked with its part, it says nothing more.
 */
export interface ShareRule {
  readonly share: string;
  readonly part: string;
  readonly across: string;
  readonly scale: number;
}

/**
 * Rows of one area that add up across a key: the row whose `across` value is `total` holds the sum
 * of the rows whose value is one of `parts`, column by column (professionals: `medecin`, `ensemble`).
 */
export interface CategoryTotalRule {
  readonly across: string;
  /** null: no such row, but the sum is public (a reader derives it, e.g. from a share and its count). */
  readonly total: string | null;
  /** Default: every other value of `across` but its other totals. */
  readonly parts?: readonly string[];
  /** Default: every sum of the rule. */
  readonly columns?: readonly string[];
}

/**
 * A figure of this table that every structure counted by another table's figure adds to by at
 * least `perStructure` (a centre with a trop-perçu owes at least a cent): amount ≥ perStructure ×
 * Σ counted, on the rows of the same area and year. A nil amount shown then empties the groups.
 */
export interface CoveringRule {
  readonly column: string;
  /** This table's row: key values it must have. */
  readonly where: Readonly<Record<string, string>>;
  readonly perStructure: number;
  readonly counts: { readonly table: string; readonly column: string; readonly where: Readonly<Record<string, readonly string[]>> };
}

export interface SecrecyRule {
  /** A rule is never « public » as well: a declaration holding both is refused. */
  readonly public?: never;
  /** Public count of the structures behind the row's figures (never masked). */
  readonly weight: string;
  /** Additive figures standing on structures: a total row is the sum of its area rows. */
  readonly sums: readonly string[];
  /** Among `sums`, counts of patients: masked when they count 1 to n−1 patients. */
  readonly patientCounts: readonly string[];
  /** Within a row: the first column is the sum of the others. */
  readonly rowSums: readonly (readonly [string, ...string[]])[];
  readonly means: readonly MeanRule[];
  readonly unpublishedBaseMeans: readonly UnpublishedBaseMeanRule[];
  readonly extremes: readonly ExtremeRule[];
  /**
   * `column` ≥ `per` × `count` (default 1): each structure counted contributes at least that much.
   * `count` is a public column or another figure of the row (then a relation between two cells).
   */
  readonly atLeast: readonly { readonly column: string; readonly count: string; readonly per?: number }[];
  /** `low` ≤ `high` on every row, two figures of the same structures (ETP ≤ staff). */
  readonly atMost: readonly { readonly low: string; readonly high: string }[];
  readonly shares: readonly ShareRule[];
  readonly categoryTotals: readonly CategoryTotalRule[];
  /** Among the figures, counts of structures themselves: masked when they count 1 to n−1. */
  readonly structureCounts: readonly string[];
  /**
   * Per column, the public column counting the structures it stands on when it is not `weight`;
   * null: that count is published nowhere, so the figure is masked whenever it is not nil.
   */
  readonly bases: Readonly<Record<string, string | null>>;
  /** A nil figure is information here (no structure in that group): it may be masked as a partner. */
  readonly maskableZeros: boolean;
  /**
   * Columns of a row masked together without a published equation between them (a mean over an
   * unpublished count, a share of a total that is no row).
   */
  readonly links: readonly (readonly string[])[];
  /** Further figures standing on structures, in no sum or mean (a share). */
  readonly others: readonly string[];
  /**
   * Figures a partner file never shows whatever their base: a median (one structure's exact amount,
   * or the mean of two), a mean over a subset whose size is published nowhere.
   */
  readonly withheld: readonly string[];
  /** Columns that may be negative (every other figure is ≥ 0). */
  readonly signed: readonly string[];
  /** Relations to another table's counts (core/secrecy/covering.ts). */
  readonly covers: readonly CoveringRule[];
}

/** A table published to partners unmasked, with the reason stated under it. */
export interface PublicTable {
  readonly public: string;
}

/** A table's secrecy, required of every declaration: a rule, or « public » with its reason. */
export type TableSecrecy = SecrecyRule | PublicTable;

export function isPublicTable(secrecy: TableSecrecy): secrecy is PublicTable {
  return 'public' in secrecy;
}

/** A rule with no relation: spread it, then declare what the table has. */
export const NONE = {
  patientCounts: [],
  rowSums: [],
  means: [],
  unpublishedBaseMeans: [],
  extremes: [],
  atLeast: [],
  atMost: [],
  shares: [],
  categoryTotals: [],
  structureCounts: [],
  bases: {},
  maskableZeros: false,
  links: [],
  others: [],
  withheld: [],
  signed: [],
  covers: [],
} as const;

/** Every `<x>_somme` among `values` with its `<x>_moyenne` (= somme / weight). */
export function sumsWithMeans(values: readonly Column[], weight: string): { sums: string[]; means: MeanRule[] } {
  const names = values.map((column) => column.name);
  const sums = names.filter((name) => name.endsWith('_somme'));
  const means = sums
    .filter((sum) => names.includes(sum.replace(/_somme$/, '_moyenne')))
    .map((sum) => ({ mean: sum.replace(/_somme$/, '_moyenne'), sum, count: weight }));
  return { sums, means };
}

/** The number of structures of a row from its share of structures with a profession (public through it). */
export function structuresFromShare(row: Row): number | null {
  const withProfession = row.nb_structures_avec;
  const share = row.pct_structures_avec;
  if (typeof withProfession !== 'number' || typeof share !== 'number' || share <= 0) return null;
  return (100 * withProfession) / share;
}

/** The public count of structures a figure stands on (`bases`, else `weight`); null: published nowhere. */
export function baseOf(rule: SecrecyRule, column: string): string | null {
  return column in rule.bases ? (rule.bases[column] ?? null) : rule.weight;
}

/** For a count of structures, the column counting the structures it counts: its ceiling. */
export function ceilingOf(rule: SecrecyRule, column: string): string | null {
  const base = baseOf(rule, column);
  return rule.structureCounts.includes(column) && base !== column ? base : null;
}

/** The figures standing on structures a partner file may show: the cells of the secrecy system. */
export function shownColumns(rule: SecrecyRule): string[] {
  return [...new Set([...rule.sums, ...rule.means.map((mean) => mean.mean), ...rule.shares.map((share) => share.share), ...rule.others])];
}

/** Figures a partner file never shows: one structure's amount (extremes), a mean over an unknown count. */
export function neverPublished(rule: SecrecyRule): string[] {
  return [...rule.extremes.flatMap((extreme) => [extreme.min, extreme.max]), ...rule.unpublishedBaseMeans.map((mean) => mean.mean), ...rule.withheld];
}

/** Every CDS group adds into `ensemble` (a CDS without category counts there only: ≥, kept as =). */
export const CDS_GROUP_TOTAL = { across: 'categorie', total: 'ensemble' } as const;
