export type { Cell } from './excel-csv';
export { toExcelCsv } from './excel-csv';
export { formatChange, formatCount, formatDate, formatDecimal, formatEuro, formatInteger, formatPercent, formatPeriod, formatPoints } from './french';
export { EXCEL_FORMATS, frenchFormat } from './office-formats';
export type { WrittenNumber } from './parse';
export { parseWrittenNumber } from './parse';
export { neutraliseCell } from './safe-cell';
export { formatValue, PEOPLE_DECIMALS, roundForPeople } from './value';
