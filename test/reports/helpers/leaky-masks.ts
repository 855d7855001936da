// A faulty mask producer for the guard tests: the real one with the full-year means shown again
// (issue 7's defect), which the audit of every partner output must catch.
import type { ReleaseMasks as Masks } from '../../../core';
import type * as ReleaseMasks from '../../../core/secrecy/release-masks';

const leak = (masks: Masks): Masks =>
  Object.fromEntries(
    Object.entries(masks).map(([name, rows]) => [name, rows.map((set) => new Set([...set].filter((column) => column !== 'moyenne_annee_complete')))]),
  );

export function withFullYearMeansShown(original: typeof ReleaseMasks): typeof ReleaseMasks {
  const leaky: typeof original.releaseMasks = (...args) => leak(original.releaseMasks(...args));
  const leakyBy: typeof original.releaseMasksBy = async (...args) => leak(await original.releaseMasksBy(...args));
  return { ...original, releaseMasks: leaky, releaseMasksBy: leakyBy };
}
