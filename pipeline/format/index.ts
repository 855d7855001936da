export { formatInteger, formatEuro, formatDecimal, formatPercent, formatPoints, formatChange, formatDate } from './french';
export { neutraliseCell } from './safe-cell';
