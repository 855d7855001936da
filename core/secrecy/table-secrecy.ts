// A table's secrecy rule as the engine reads it: null for a table its declaration says is public.
import { type TableName, tableSpec } from '../schema';
import { isPublicTable, type SecrecyRule } from './rule';

export function secrecyRule(name: TableName): SecrecyRule | null {
  const secrecy = tableSpec(name).secrecy;
  return isPublicTable(secrecy) ? null : secrecy;
}
