// The real communes the generated structures sit in and the CPTS territories are made of, from the
// pinned @etalab/decoupage-administratif (the pipeline's own reference, so every code is known to it).
import { createRequire } from 'node:module';
import { DEPARTEMENTS } from '../../core';

export interface GeoCommune {
  readonly code: string;
  readonly nom: string;
  readonly population: number;
}

export interface GeoDepartement {
  readonly code: string;
  readonly region: string;
  /** Communes ordered by EPCI then code, so that a run of them is a plausible, contiguous territory. */
  readonly communes: readonly GeoCommune[];
  readonly population: number;
}

interface RawCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  population?: number;
}

interface RawEpci {
  code: string;
  membres: { code: string }[];
}

let cache: ReadonlyMap<string, GeoDepartement> | null = null;

/** The 101 departments with their current communes (the collectivities 975, 977… are left out). */
export function loadGeography(): ReadonlyMap<string, GeoDepartement> {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const communes = require('@etalab/decoupage-administratif/data/communes.json') as RawCommune[];
  const epcis = require('@etalab/decoupage-administratif/data/epci.json') as RawEpci[];
  const epciOf = new Map<string, string>();
  for (const epci of epcis) for (const member of epci.membres) epciOf.set(member.code, epci.code);

  const byDepartement = new Map<string, (GeoCommune & { epci: string })[]>();
  for (const departement of DEPARTEMENTS) byDepartement.set(departement.code, []);
  for (const commune of communes) {
    if (commune.type !== 'commune-actuelle' || commune.departement === undefined) continue;
    const list = byDepartement.get(commune.departement);
    if (!list) continue;
    list.push({
      code: commune.code,
      nom: commune.nom,
      population: commune.population ?? 0,
      // Islands outside any EPCI sort last, on their own.
      epci: epciOf.get(commune.code) ?? `~${commune.code}`,
    });
  }

  const result = new Map<string, GeoDepartement>();
  for (const departement of DEPARTEMENTS) {
    const list = byDepartement.get(departement.code) ?? [];
    list.sort((a, b) => (a.epci === b.epci ? compare(a.code, b.code) : compare(a.epci, b.epci)));
    result.set(departement.code, {
      code: departement.code,
      region: departement.region,
      communes: list.map(({ code, nom, population }) => ({ code, nom, population })),
      population: list.reduce((sum, commune) => sum + commune.population, 0),
    });
  }
  cache = result;
  return result;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Cumulative weights population^exponent over a department's communes, for weighted draws:
 * MSP favour small towns (exponent < 1), CDS the cities (exponent > 1).
 */
export function cumulativeWeights(communes: readonly GeoCommune[], exponent: number): Float64Array {
  const cumulative = new Float64Array(communes.length);
  let total = 0;
  communes.forEach((commune, i) => {
    total += Math.max(commune.population, 1) ** exponent;
    cumulative[i] = total;
  });
  return cumulative;
}
