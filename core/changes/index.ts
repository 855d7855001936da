export type { Change, ChangeNature, StructureMove } from './change';
export { movesInWords, REVISING } from './change';
export type { Comparison, RunContents } from './compare';
export { closedIn, compareContents } from './compare';
export type { RejectedLine } from './line-changes';
export type { RevisionCells } from './revision-cells';
export { revisionCells } from './revision-cells';
export { keyOf } from './structure-moves';
