// A faulty mask producer for the guard tests: the real one with the full-year means shown again
// (issue 7's defect), which the audit of every partner output must catch.
import type * as MaskTable from '../../../core/secrecy/mask-table';

export function withFullYearMeansShown(original: typeof MaskTable): typeof MaskTable {
  return {
    ...original,
    maskTable: (...args: Parameters<typeof original.maskTable>) =>
      original.maskTable(...args).map((set) => new Set([...set].filter((column) => column !== 'moyenne_annee_complete'))),
  };
}
