export { addTableSheet, SHEET_NAMES } from './table-sheet';
export type { TableSheetOptions } from './table-sheet';
export { addDefinitionsSheet } from './definitions-sheet';
export { addProvenanceSheet } from './provenance-sheet';
export { buildWorkbook, workbookBytes } from './build-workbook';
export type { WorkbookInput } from './build-workbook';
