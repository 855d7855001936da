export type { TableSheetOptions } from '../../core';
export { addTableSheet } from '../../core';
export type { WorkbookInput } from './build-workbook';
export { buildWorkbook, workbookBytes } from './build-workbook';
export { addDefinitionsSheet } from './definitions-sheet';
export { addProvenanceSheet } from './provenance-sheet';
