export type { Departement, Region } from './areas';
export {
  areaName,
  codeSortKey,
  compareCodes,
  DEPARTEMENTS,
  departement,
  departementsOf,
  FRANCE_CODE,
  franceName,
  isAreaRow,
  isPartRow,
  partLevel,
  REGIONS,
  region,
  regionsName,
} from './areas';
