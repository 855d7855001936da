// `--regions toutes` or `--regions 11,76,84`: which regions a batch of reports covers, checked
// against the data before anything is written.
import { compareCodes, FRANCE_CODE, REGIONS, region as regionOf } from '../../core';
import { ReportError } from '../errors';

/** Every region of the data. */
export const ALL_REGIONS = 'toutes';

/** A region's two-digit code, or `FR` (also typed `france`) for the national report; undefined otherwise. */
export function areaCode(text: string): string | undefined {
  const value = text.trim().toUpperCase();
  if (value === FRANCE_CODE || value === 'FRANCE') return FRANCE_CODE;
  return /^[0-9]{2}$/.test(value) ? value : undefined;
}

/** The codes asked for, as typed: `toutes`, or a list of two-digit codes and `FR`, France last. */
export function parseRegionList(text: string): typeof ALL_REGIONS | string[] {
  const value = text.trim().toLowerCase();
  if (value === ALL_REGIONS) return ALL_REGIONS;
  const typed = value.split(',').map((code) => code.trim());
  const wrong = typed.filter((code) => areaCode(code) === undefined);
  if (typed.length === 0 || wrong.length > 0) {
    throw new ReportError(
      `--regions ${text} : « toutes » ou une liste de codes INSEE de région séparés par des virgules est attendue (ex. 11,76,84, FR pour la France)`,
      2,
    );
  }
  return [...new Set(typed.map((code) => areaCode(code)!))].sort(byAreaCode);
}

/** Regions by code, France last: the national report follows the regions it is made of. */
export const byAreaCode = (a: string, b: string) => Number(a === FRANCE_CODE) - Number(b === FRANCE_CODE) || compareCodes(a, b);

/** The regions to report on, each present in the data, then France; an unknown or absent one refuses the batch. */
export function selectRegions(asked: typeof ALL_REGIONS | readonly string[], present: readonly string[]): string[] {
  if (asked === ALL_REGIONS) {
    if (present.length === 0) throw new ReportError('aucune région dans les données : les tables publiées sont vides');
    // France by region once the data hold several regions.
    return present.length > 1 ? [...present, FRANCE_CODE] : [...present];
  }
  const unknown = asked.filter((code) => code !== FRANCE_CODE && !regionOf(code));
  if (unknown.length > 0) {
    throw new ReportError(
      `--regions : code de région inconnu ${unknown.join(', ')} (codes INSEE : ${REGIONS.map((r) => r.code).join(', ')}, ou FR pour la France)`,
      2,
    );
  }
  const absent = asked.filter((code) => code !== FRANCE_CODE && !present.includes(code));
  if (absent.length > 0) {
    const names = absent.map((code) => `${code} (${regionOf(code)!.nom})`).join(', ');
    throw new ReportError(`--regions : aucune donnée pour ${names} (régions présentes : ${present.join(', ')})`, 2);
  }
  return [...asked];
}
