export { REGIONS, DEPARTEMENTS, region, departement, departementsOf, areaName, codeSortKey, compareCodes } from './areas';
export type { Region, Departement } from './areas';
