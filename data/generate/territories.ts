// CPTS territories: a department's communes cut into runs of similar population. Communes come in
// EPCI order, so a run is a plausible territory; a city bigger than one share (Paris, Marseille) is
// shared by several CPTS, as the Paris CPTS all claim commune 75056.
import type { GeoCommune } from './geography';

export interface Territory {
  readonly communes: readonly string[];
  /** The CPTS's own share of the population (a shared city is split between its CPTS). */
  readonly population: number;
  /** The most populous commune: the CPTS's seat. */
  readonly seat: string;
}

/** At least this multiple of a share makes a commune a territory of its own, shared by several CPTS. */
const BIG_CITY = 1.5;

export function partitionTerritories(communes: readonly GeoCommune[], count: number): Territory[] {
  if (count <= 0 || communes.length === 0) return [];
  const total = communes.reduce((sum, commune) => sum + commune.population, 0);
  const share = total / count;
  const territories: Territory[] = [];
  const rest: GeoCommune[] = [];
  for (const commune of communes) {
    if (commune.population >= BIG_CITY * share) {
      const parts = Math.max(1, Math.round(commune.population / share));
      for (let i = 0; i < parts; i++) {
        territories.push({ communes: [commune.code], population: Math.round(commune.population / parts), seat: commune.code });
      }
    } else {
      rest.push(commune);
    }
  }

  let chunks = Math.max(rest.length > 0 ? 1 : 0, count - territories.length);
  let remaining = rest.reduce((sum, commune) => sum + commune.population, 0);
  let current: GeoCommune[] = [];
  let currentPopulation = 0;
  const close = () => {
    const seat = current.reduce((best, commune) => (commune.population > best.population ? commune : best));
    territories.push({ communes: current.map((commune) => commune.code), population: currentPopulation, seat: seat.code });
    remaining -= currentPopulation;
    chunks--;
    current = [];
    currentPopulation = 0;
  };
  for (const commune of rest) {
    current.push(commune);
    currentPopulation += commune.population;
    // The target is recomputed after every cut so that rounding errors do not pile up on the last one.
    if (chunks > 1 && currentPopulation >= remaining / chunks) close();
  }
  if (current.length > 0) close();
  return territories;
}
