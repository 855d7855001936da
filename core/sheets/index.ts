export { addTableSheet, HEADER_FILL, SHEET_FONT } from './table-sheet';
export type { TableSheetOptions } from './table-sheet';
