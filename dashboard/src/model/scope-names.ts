// What the scopes of a publication are called. « France entière » only when the data cover every
// region: on one region's data, the pipeline's « France » would be that region, and on a few
// regions' data their sum, so the all-regions scope is named by the regions it holds.
import { areaName, franceName, REGIONS, region as regionOf, regionsName } from '../../../core';
import { FRANCE } from './area-rows';

export interface ScopeNames {
  /** The data cover every region: their scope is France. */
  readonly everyRegion: boolean;
  /** The view offers the scope of all the data's regions (`FR`): only when they are several. */
  readonly offersAll: boolean;
  /** A region's name, or the all-regions scope's (`FR`): « France entière », or « Île-de-France et Normandie ». */
  readonly scope: (code: string) => string;
  /** An area row's name: France's row is named like its scope, « France » when it is France. */
  readonly area: (niveau: string, code: string) => string;
}

export function scopeNames(regionsWithData: ReadonlySet<string>): ScopeNames {
  const everyRegion = REGIONS.every((r) => regionsWithData.has(r.code));
  const all = regionsName(regionsWithData);
  const france = franceName(regionsWithData);
  return {
    everyRegion,
    offersAll: REGIONS.filter((r) => regionsWithData.has(r.code)).length > 1,
    scope: (code) => (code === FRANCE ? all : (regionOf(code)?.nom ?? code)),
    area: (niveau, code) => (niveau === 'france' ? france : areaName(niveau, code)),
  };
}
