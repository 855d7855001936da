export { formatInteger, formatEuro, formatDecimal, formatPercent, formatPoints, formatChange, formatDate, formatCount } from './french';
export { neutraliseCell } from './safe-cell';
export { toExcelCsv } from './excel-csv';
export type { Cell } from './excel-csv';
export { formatValue, roundForPeople, PEOPLE_DECIMALS } from './value';
export { EXCEL_FORMATS, frenchFormat } from './office-formats';
export { parseWrittenNumber } from './parse';
export type { WrittenNumber } from './parse';
