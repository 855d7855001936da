// The structure rows of one table, loaded on the first drill-down of its section (a chunk per
// table; none exists in a partner build).
import { loaders } from 'virtual:cpr-structures';
import type { TableName } from '../../../core';
import { decodeStructureRows, type StructureRow } from '../../../core';

const cache = new Map<TableName, Promise<StructureRow[]>>();

export function hasStructureList(table: TableName): boolean {
  return table in loaders;
}

export function loadStructureRows(table: TableName): Promise<StructureRow[]> {
  let rows = cache.get(table);
  if (!rows) {
    const load = loaders[table];
    if (!load) return Promise.resolve([]);
    rows = load().then((module) => decodeStructureRows(module.data)[table] ?? []);
    cache.set(table, rows);
  }
  return rows;
}
