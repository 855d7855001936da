// A faulty mask producer for the guard tests: the real one with the full-year means shown again
// (issue 7's defect), which the audit of every partner output must catch.
import type * as ReleaseMasks from '../../../core/secrecy/release-masks';

export function withFullYearMeansShown(original: typeof ReleaseMasks): typeof ReleaseMasks {
  const leaky: typeof original.releaseMasks = (...args) => {
    const masks = original.releaseMasks(...args);
    return Object.fromEntries(
      Object.entries(masks).map(([name, rows]) => [name, rows.map((set) => new Set([...set].filter((column) => column !== 'moyenne_annee_complete')))]),
    );
  };
  return { ...original, releaseMasks: leaky };
}
