import { compareCodes } from '../../../pipeline/geography';
import type { TableLine } from './table-model';

export interface SortOrder {
  /** -1: the row header (name, or INSEE code order for departments); otherwise a column index. */
  readonly column: number;
  readonly direction: 'ascending' | 'descending';
}

export const DEFAULT_ORDER: SortOrder = { column: -1, direction: 'ascending' };

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Sorted copy; missing figures always go last, whichever the direction. */
export function sortLines(lines: readonly TableLine[], order: SortOrder): TableLine[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  return [...lines].sort((a, b) => {
    if (order.column < 0) {
      const byKey = a.level === 'departement' ? compareCodes(a.code, b.code) : collator.compare(a.name, b.name);
      return sign * byKey;
    }
    const va = a.values[order.column] ?? null;
    const vb = b.values[order.column] ?? null;
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
    return sign * (va - vb) || compareCodes(a.code, b.code);
  });
}
