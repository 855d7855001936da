export type { Departement, Region } from './areas';
export { areaName, codeSortKey, compareCodes, DEPARTEMENTS, departement, departementsOf, REGIONS, region } from './areas';
