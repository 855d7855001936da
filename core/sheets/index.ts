export type { TableSheetOptions } from './table-sheet';
export { addTableSheet, HEADER_FILL, SHEET_FONT } from './table-sheet';
