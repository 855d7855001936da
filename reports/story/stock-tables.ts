// The tables that show a stock (what exists on a date) rather than a year's flow or activity: they
// stand at the run's cut-off date (`--arrete`), and say so: « au 30/04/2024 ».
import type { TableName } from '../../pipeline/schema';

export const STOCK_TABLES: ReadonlySet<TableName> = new Set<TableName>(['adhesions', 'cpts_couverture', 'cds']);
