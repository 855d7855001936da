export { addTableSheet } from '../../core';
export type { TableSheetOptions } from '../../core';
export { addDefinitionsSheet } from './definitions-sheet';
export { addProvenanceSheet } from './provenance-sheet';
export { buildWorkbook, workbookBytes } from './build-workbook';
export type { WorkbookInput } from './build-workbook';
