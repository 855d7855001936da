export { setRowStyle, sharedStyle } from './shared-style';
export type { SheetColumn, SheetContent, SheetLine } from './sheet';
export { addSheet, HEADER_FILL, SHEET_FONT, sheetName } from './sheet';
export type { TableSheetOptions } from './table-sheet';
export { addTableSheet } from './table-sheet';
