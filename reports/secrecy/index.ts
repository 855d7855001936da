export { maskTable } from './mask-table';
export type { TableMasks } from './mask-table';
export { recoverableCells } from './linear-audit';
export type { Relation } from './linear-audit';
export { suppressCells } from './suppress';
export type { SuppressionCell, SuppressionProblem } from './suppress';
export { SECRECY_RULES } from './table-rules';
export type { SecrecyRule } from './table-rules';
export { secrecyNote, MASKED_TEXT } from './secrecy-note';
