// Which region and year a report is about, and the rows of each table that belong to it.

import type { PublishedTables, Row } from '../core';
import {
  compareCodes,
  departement,
  FRANCE_CODE,
  franceName,
  innerKeys,
  isAreaRow,
  isPartRow,
  KEY_CATALOGUES,
  REGIONS,
  region as regionOf,
  regionsName,
  TABLE_NAMES,
  type TableName,
  tableSpec,
} from '../core';
import { ReportError } from './errors';
import type { RunInfo } from './source';

export interface ReportScope {
  /** The area reported on: a region's INSEE code, or `FR` for France told by its regions. */
  readonly region: string;
  readonly regionName: string;
  readonly year: number;
  /** ISO date the stocks stand at: the run's `arrete` (31/12 of the year for an older run.json). */
  readonly arrete: string;
  /**
   * The last year of the contracts: the cut-off's year when it follows the report's year (the
   * deck of N presented in N+1 shows N+1's contracts to date, as the June 2024 deck did), else N.
   */
  readonly contractsYear: number;
  /** What France's rows sum: « France » when the data hold every region, else those regions' names. */
  readonly franceName: string;
}

export interface ScopeRequest {
  /** A region's code, or `FR` for the national report. */
  readonly region?: string;
  readonly year?: number;
  /** Asked through `--regions` (a batch): the messages name that option. */
  readonly inBatch?: boolean;
}

/** The regions the published tables speak of (a department row counts for its region), by code. */
export function regionsInData(tables: PublishedTables): string[] {
  const codes = new Set<string>();
  for (const name of TABLE_NAMES) {
    for (const row of tables[name]) {
      if (row.niveau === 'region') codes.add(String(row.code));
      if (row.niveau === 'departement') {
        const code = departement(String(row.code))?.region;
        if (code) codes.add(code);
      }
    }
  }
  return [...codes].sort(compareCodes);
}

function yearsInData(tables: PublishedTables): number[] {
  const years = new Set<number>();
  for (const name of TABLE_NAMES) {
    for (const row of tables[name]) if (typeof row.annee === 'number') years.add(row.annee);
  }
  return [...years].sort((a, b) => a - b);
}

const list = (codes: readonly string[]) => codes.map((code) => `${code} (${regionOf(code)?.nom ?? '?'})`).join(', ');

export function resolveScope(tables: PublishedTables, run: RunInfo, request: ScopeRequest): ReportScope {
  const present = regionsInData(tables);
  let code = request.region;
  if (code === undefined) {
    const candidates = run.regions.length > 0 ? run.regions : present;
    if (candidates.length === 0) throw new ReportError('aucune région dans les données : les tables publiées sont vides');
    if (candidates.length > 1) {
      throw new ReportError(
        `les données couvrent plusieurs régions (${list(candidates)}) : choisissez-en une avec --region, ou --region FR pour la France par région`,
        2,
      );
    }
    code = candidates[0]!;
  }
  const regionName = code === FRANCE_CODE ? nationalName(tables, present, request.inBatch ?? false) : regionNameOf(code, present);
  const years = yearsInData(tables);
  const year = request.year ?? run.referenceYear ?? years.at(-1);
  if (year === undefined) throw new ReportError('aucune année dans les données');
  if (!years.includes(year)) {
    throw new ReportError(`--year ${year} : aucune donnée pour cette année (années présentes : ${years.join(', ')})`, 2);
  }
  const arrete = run.arrete ?? `${year}-12-31`;
  const cutoffYear = Number(arrete.slice(0, 4));
  const contractsYear = cutoffYear === year + 1 ? cutoffYear : year;
  return { region: code, regionName, year, arrete, contractsYear, franceName: franceName(present) };
}

function regionNameOf(code: string, present: readonly string[]): string {
  const area = regionOf(code);
  if (!area) {
    throw new ReportError(`--region ${code} : code de région inconnu (codes INSEE : ${REGIONS.map((r) => r.code).join(', ')}, ou FR pour la France)`, 2);
  }
  if (!present.includes(code)) {
    throw new ReportError(`--region ${code} (${area.nom}) : aucune donnée pour cette région (régions présentes : ${list(present)})`, 2);
  }
  return area.nom;
}

/** France told by its regions needs several regions and France's rows, which the pipeline writes then. */
function nationalName(tables: PublishedTables, present: readonly string[], inBatch: boolean): string {
  const franceRows = TABLE_NAMES.some((name) => tables[name].some((row) => row.niveau === 'france'));
  if (present.length < 2 || !franceRows) {
    const todo = inBatch ? `retirez ${FRANCE_CODE} de --regions` : 'choisissez cette région avec --region';
    throw new ReportError(
      `${inBatch ? '--regions' : '--region'} ${FRANCE_CODE} : le rapport national présente la France par région et les données ne couvrent qu’une région (${list(present)}) ; ${todo}`,
      2,
    );
  }
  return regionsName(present);
}

/** How an area names its files and folder: `11` for a region, `france` for the national report. */
export const areaFileName = (code: string) => (code === FRANCE_CODE ? 'france' : code);

const LEVEL_RANK: Record<string, number> = { departement: 0, region: 1, france: 2 };

/** Departments by INSEE code, then regions, then France. */
export function compareAreas(a: Row, b: Row): number {
  const level = (LEVEL_RANK[String(a.niveau)] ?? 3) - (LEVEL_RANK[String(b.niveau)] ?? 3);
  return level !== 0 ? level : compareCodes(String(a.code), String(b.code));
}
/**
 * Keys listed in the order the pipeline publishes them rather than alphabetically: indicators come
 * in the order of the reference list (`ordre`, grouped by axis), which is the deck's.
 */
const PUBLISHED_ORDER_KEYS: ReadonlySet<string> = new Set(['indicateur', 'dimension', 'modalite']);

type KeyOrder = (column: string, a: Row[string] | undefined, b: Row[string] | undefined) => number;

function keyOrder(rows: readonly Row[]): KeyOrder {
  const firstSeen = new Map<string, Map<string, number>>();
  for (const column of PUBLISHED_ORDER_KEYS) {
    const seen = new Map<string, number>();
    for (const row of rows) if (!seen.has(String(row[column]))) seen.set(String(row[column]), seen.size);
    firstSeen.set(column, seen);
  }
  return (column, a, b) => {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    const sa = String(a ?? '');
    const sb = String(b ?? '');
    const seen = firstSeen.get(column);
    if (seen) return (seen.get(sa) ?? 0) - (seen.get(sb) ?? 0);
    const catalogue = KEY_CATALOGUES[column];
    if (catalogue) {
      const order = Object.keys(catalogue);
      return order.indexOf(sa) - order.indexOf(sb);
    }
    return sa < sb ? -1 : sa > sb ? 1 : 0;
  };
}

/**
 * The rows of a table for the report: the region's departments, then the region's own row (and,
 * for CPTS coverage, the other regions and France, which the deck compares), or for the national
 * report the regions then France; years up to the
 * report's year (the contracts: up to their last year). Sorted by the table's other keys, then departments by INSEE code, total last.
 */
export function scopeRows(name: TableName, rows: readonly Row[], scope: ReportScope): Row[] {
  const spec = tableSpec(name);
  const groupColumns = innerKeys(name);
  const inScope = (row: Row): boolean => {
    const lastYear = spec.lastYear === 'contracts' ? scope.contractsYear : scope.year;
    if (typeof row.annee === 'number' && row.annee > lastYear) return false;
    if (isAreaRow(scope.region, row) || isPartRow(scope.region, row)) return true;
    // The other regions and France, for the tables the regional deck compares with them.
    return spec.otherRegions === true && (row.niveau === 'region' || row.niveau === 'france');
  };
  const compareKey = keyOrder(rows);
  return rows.filter(inScope).sort((a, b) => {
    for (const column of groupColumns) {
      const d = compareKey(column, a[column], b[column]);
      if (d !== 0) return d;
    }
    return compareAreas(a, b);
  });
}
