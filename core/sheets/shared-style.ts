// exceljs gives every cell a style object of its own and, writing the file, names each cell's style
// by serialising it to XML: on a region's workbook (some 120 000 cells) that was 0,77 s of a 6,6 s
// report. It looks a style up by the object's identity first, so the bulk of a sheet's cells share one
// object per look, made here once.
import type { Row, Style } from 'exceljs';

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  // An object frozen already is still walked: what it holds may not be.
  for (const inner of Object.values(value)) deepFreeze(inner);
  return Object.freeze(value);
}

/**
 * `style` frozen in place (its font and alignment too), to be given to many cells as their `style`
 * whole: a later `cell.numFmt = …` on one of them would change them all, so it throws instead.
 */
export function sharedStyle(style: Partial<Style>): Partial<Style> {
  return deepFreeze(style);
}

/** Gives a row `style` whole (exceljs keeps it in the row's `style`, which its types leave out). */
export function setRowStyle(row: Row, style: Partial<Style>): void {
  (row as Row & { style: Partial<Style> }).style = style;
}
