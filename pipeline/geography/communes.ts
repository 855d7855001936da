// Communes with their legal populations, for the warehouse (Node only: the file is 8.6 MB).
import { createRequire } from 'node:module';

export interface Commune {
  readonly code: string;
  readonly nom: string;
  readonly type: string;
  readonly departement: string;
  readonly region: string;
  /** For a municipal arrondissement (Paris, Lyon, Marseille): its commune. */
  readonly commune: string | null;
  readonly population: number | null;
}

interface RawCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  commune?: string;
  population?: number;
}

export function loadCommunes(): Commune[] {
  const require = createRequire(import.meta.url);
  const raw = require('@etalab/decoupage-administratif/data/communes.json') as RawCommune[];
  return raw
    .filter((entry) => entry.departement !== undefined)
    .map((entry) => ({
      code: entry.code,
      nom: entry.nom,
      type: entry.type,
      departement: entry.departement ?? '',
      region: entry.region ?? '',
      commune: entry.commune ?? null,
      population: entry.population ?? null,
    }));
}
