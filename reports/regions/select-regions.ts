// `--regions toutes` or `--regions 11,76,84`: which regions a batch of reports covers, checked
// against the data before anything is written.
import { compareCodes, region as regionOf } from '../../core';
import { ReportError } from '../errors';

/** Every region of the data. */
export const ALL_REGIONS = 'toutes';

/** The region codes asked for, as typed: `toutes`, or a list of two-digit codes. */
export function parseRegionList(text: string): typeof ALL_REGIONS | string[] {
  const value = text.trim().toLowerCase();
  if (value === ALL_REGIONS) return ALL_REGIONS;
  const codes = value.split(',').map((code) => code.trim());
  const wrong = codes.filter((code) => !/^[0-9]{2}$/.test(code));
  if (codes.length === 0 || wrong.length > 0) {
    throw new ReportError(`--regions ${text} : « toutes » ou une liste de codes INSEE de région séparés par des virgules est attendue (ex. 11,76,84)`, 2);
  }
  return [...new Set(codes)].sort(compareCodes);
}

/** The regions to report on, each present in the data; an unknown or absent one refuses the batch. */
export function selectRegions(asked: typeof ALL_REGIONS | readonly string[], present: readonly string[]): string[] {
  if (asked === ALL_REGIONS) {
    if (present.length === 0) throw new ReportError('aucune région dans les données : les tables publiées sont vides');
    return [...present];
  }
  const unknown = asked.filter((code) => !regionOf(code));
  if (unknown.length > 0) throw new ReportError(`--regions : code de région inconnu ${unknown.join(', ')}`, 2);
  const absent = asked.filter((code) => !present.includes(code));
  if (absent.length > 0) {
    const names = absent.map((code) => `${code} (${regionOf(code)!.nom})`).join(', ');
    throw new ReportError(`--regions : aucune donnée pour ${names} (régions présentes : ${present.join(', ')})`, 2);
  }
  return [...asked];
}
