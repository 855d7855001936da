// The reference data shipped with the project (not an export): the list of remuneration indicators.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { sqlString, type Warehouse } from './warehouse';

export const INDICATEURS_FILE = fileURLToPath(new URL('../../data/reference/indicateurs.csv', import.meta.url));

/** Loads `ref_indicateurs` (indicateurs.sql) into the warehouse. */
export async function loadIndicatorList(warehouse: Warehouse): Promise<void> {
  await warehouse.run(`SET VARIABLE indicateurs_file = ${sqlString(INDICATEURS_FILE)}`);
  await warehouse.run(await readFile(new URL('./indicateurs.sql', import.meta.url), 'utf8'));
}
