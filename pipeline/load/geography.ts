import { readFile } from 'node:fs/promises';
import { GEOGRAPHY_FILES } from './geography-files';
import { sqlString, type Warehouse } from './warehouse';

/** Loads the reference geography tables (geography.sql) into the warehouse. */
export async function loadGeography(warehouse: Warehouse): Promise<void> {
  await warehouse.run(`SET VARIABLE regions_file = ${sqlString(GEOGRAPHY_FILES.regions)}`);
  await warehouse.run(`SET VARIABLE departements_file = ${sqlString(GEOGRAPHY_FILES.departements)}`);
  await warehouse.run(`SET VARIABLE communes_file = ${sqlString(GEOGRAPHY_FILES.communes)}`);
  await warehouse.run(await readFile(new URL('./geography.sql', import.meta.url), 'utf8'));
}
