// What every view needs from all the tables at once, worked out by the build (vite.config.ts) so
// that the first view carries one table only: the regions the data cover and the default region,
// by the very rule of createDataset (model/dataset.ts).
import type { PublishedTables } from '../../../core';
import { createDataset, type RunInfo } from '../model/dataset';
import type { DatasetSummary } from './lazy-dataset';

export function summariseDataset(tables: PublishedTables, run: RunInfo): DatasetSummary {
  const dataset = createDataset(tables, run);
  return { regionsWithData: [...dataset.regionsWithData], defaultRegion: dataset.defaultRegion };
}
