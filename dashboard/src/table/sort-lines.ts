import { compareCodes } from '../../../core';
import type { TableLine } from './table-model';

export interface SortOrder {
  /**
   * null: the table's own order (INSEE codes, professions as in the deck); -1: the row header (INSEE
   * code order for departments, alphabetical otherwise); otherwise a column index.
   */
  readonly column: number | null;
  readonly direction: 'ascending' | 'descending';
}

export const DEFAULT_ORDER: SortOrder = { column: null, direction: 'ascending' };

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Sorted copy; missing figures always go last, whichever the direction. */
export function sortLines(lines: readonly TableLine[], order: SortOrder): TableLine[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  if (order.column === null) return [...lines];
  const column = order.column;
  return [...lines].sort((a, b) => {
    if (column < 0) {
      const byKey = a.level === 'departement' ? compareCodes(a.code, b.code) : collator.compare(a.name, b.name);
      return sign * byKey;
    }
    const va = a.values[column] ?? null;
    const vb = b.values[column] ?? null;
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
    const byValue = typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
    return sign * byValue || compareCodes(a.code, b.code);
  });
}
