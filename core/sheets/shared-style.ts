// exceljs gives every cell a style object of its own and, writing the file, names each cell's style
// by serialising it to XML: on a region's workbook (some 120 000 cells) that was a fifth of a report's
// time. It looks a style up by the object's identity first, so the bulk of a sheet's cells share one
// object per look, made here once.
import type { Row, Style } from 'exceljs';

function freeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) freeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * `style` frozen, to be given to many cells as their `style` whole. Frozen because they all hold it:
 * a later `cell.numFmt = …` on one of them would change them all, so it throws instead.
 */
export function sharedStyle(style: Partial<Style>): Partial<Style> {
  return freeze(style);
}

/** Gives a row `style` whole (exceljs keeps it in the row's `style`, which its types leave out). */
export function setRowStyle(row: Row, style: Partial<Style>): void {
  (row as Row & { style: Partial<Style> }).style = style;
}
