// Departments and regions of France, from @etalab/decoupage-administratif (Licence Ouverte).
// Browser-safe: only the two small JSON files are imported, never the communes.
import departementsData from '@etalab/decoupage-administratif/data/departements.json';
import regionsData from '@etalab/decoupage-administratif/data/regions.json';

export interface Region {
  readonly code: string;
  readonly nom: string;
}

export interface Departement {
  readonly code: string;
  readonly nom: string;
  readonly region: string;
  /** Overseas departments (971–976) are drawn as insets on the map. */
  readonly outreMer: boolean;
}

interface RawArea {
  code: string;
  nom: string;
  zone: string;
  region?: string;
}

// The collectivities (975, 977, 978, 984, 986–989) are not departments of the health-insurance map.
const isDepartmentOrRegion = (area: RawArea) => area.zone === 'metro' || area.zone === 'drom';

/** INSEE order: Corsica's `2A` and `2B` stand where `20` stood, between `19` and `21`. */
export function codeSortKey(code: string): string {
  return code.replace(/^2([AB])$/, '20$1');
}

export function compareCodes(a: string, b: string): number {
  const ka = codeSortKey(a);
  const kb = codeSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

const byCode = (a: { code: string }, b: { code: string }) => compareCodes(a.code, b.code);

/** The 18 regions, by INSEE code. */
export const REGIONS: readonly Region[] = (regionsData as RawArea[])
  .filter(isDepartmentOrRegion)
  .map(({ code, nom }) => ({ code, nom }))
  .sort(byCode);

/** The 101 departments, by INSEE code (`2A` and `2B` sort between `19` and `21`). */
export const DEPARTEMENTS: readonly Departement[] = (departementsData as RawArea[])
  .filter(isDepartmentOrRegion)
  .map(({ code, nom, region, zone }) => ({ code, nom, region: region ?? '', outreMer: zone === 'drom' }))
  .sort(byCode);

const regionIndex = new Map(REGIONS.map((region) => [region.code, region]));
const departementIndex = new Map(DEPARTEMENTS.map((departement) => [departement.code, departement]));

export function region(code: string): Region | undefined {
  return regionIndex.get(code);
}

export function departement(code: string): Departement | undefined {
  return departementIndex.get(code);
}

export function departementsOf(regionCode: string): Departement[] {
  return DEPARTEMENTS.filter((departement) => departement.region === regionCode);
}

/**
 * The code France's own rows carry, and the scope code of everything national: the dashboard's
 * France view and the national deck tell France by its regions as a region is told by its departments.
 */
export const FRANCE_CODE = 'FR';

/** A published row's level and code, whatever else it holds. */
interface AreaOf {
  readonly niveau?: unknown;
  readonly code?: unknown;
}

/** The row of an area itself: a region's own row, or France's for `FR`. */
export function isAreaRow(area: string, row: AreaOf): boolean {
  return area === FRANCE_CODE ? row.niveau === 'france' : row.niveau === 'region' && row.code === area;
}

/** The level of the parts an area is told by: a region's departments, France's regions. */
export const partLevel = (area: string): 'departement' | 'region' => (area === FRANCE_CODE ? 'region' : 'departement');

/** A row of one of the parts of an area: a department of the region, or a region for `FR`. */
export function isPartRow(area: string, row: AreaOf): boolean {
  if (area === FRANCE_CODE) return row.niveau === 'region';
  return row.niveau === 'departement' && departement(String(row.code))?.region === area;
}

/**
 * The name of the scope of several regions' data: « France entière » when they are every region,
 * else the regions themselves (« Île-de-France et Normandie », « 5 régions »).
 */
export function regionsName(codes: Iterable<string>): string {
  const held = new Set(codes);
  const names = REGIONS.filter((item) => held.has(item.code)).map((item) => item.nom);
  if (names.length === REGIONS.length) return 'France entière';
  if (names.length > 3) return `${names.length} régions`;
  if (names.length <= 1) return names[0] ?? 'France entière';
  return `${names.slice(0, -1).join(', ')} et ${names.at(-1)}`;
}

/** What France's rows sum on data of these regions: « France » when they are every region, else their names. */
export function franceName(codes: Iterable<string>): string {
  const held = new Set(codes);
  return held.size === 0 || REGIONS.every((item) => held.has(item.code)) ? 'France' : regionsName(held);
}

/** The French name of a published row's area: a department, a region or France. */
export function areaName(niveau: string, code: string): string {
  if (niveau === 'france') return 'France';
  const area = niveau === 'region' ? region(code) : departement(code);
  return area?.nom ?? code;
}
