// The reference list of remuneration indicators the project ships (data/reference/indicateurs.csv,
// from the data contract): the generator draws one row per structure, year and indicator of its type.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { StructureType } from '../../core';

export type IndicatorNature = 'prerequis' | 'socle' | 'optionnel';

export interface Indicator {
  readonly code: string;
  readonly type: StructureType;
  readonly nature: IndicatorNature;
  readonly ordre: number;
}

const FILE = new URL('../reference/indicateurs.csv', import.meta.url);

let cache: ReadonlyMap<StructureType, readonly Indicator[]> | null = null;

/** The indicators of each structure type, in the list's order. */
export function indicatorList(): ReadonlyMap<StructureType, readonly Indicator[]> {
  if (cache) return cache;
  const parsed = Papa.parse<Record<string, string>>(readFileSync(FILE, 'utf8'), { header: true, skipEmptyLines: true });
  const byType = new Map<StructureType, Indicator[]>();
  for (const row of parsed.data) {
    const indicator: Indicator = {
      code: row.code!,
      type: row.type_structure as StructureType,
      nature: row.nature as IndicatorNature,
      ordre: Number(row.ordre),
    };
    byType.set(indicator.type, [...(byType.get(indicator.type) ?? []), indicator]);
  }
  for (const list of byType.values()) list.sort((a, b) => a.ordre - b.ordre);
  cache = byType;
  return cache;
}
