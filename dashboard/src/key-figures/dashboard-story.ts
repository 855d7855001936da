// The story context of the dashboard's view: its published rows (nothing masked in the internal
// dashboard), the chosen region, the year N of the figures and the date the stocks stand at.

import type { FigureTable, Row, StoryContext } from '../../../core';
import { FRANCE_CODE, TABLE_NAMES, type TableName } from '../../../core';
import type { Dataset } from '../model/dataset';
import { arreteOf } from '../model/view-words';

const figure = (row: Row, column: string) => (typeof row[column] === 'number' ? (row[column] as number) : null);

/**
 * `chosenYear`: the section's year filter. The story's year N never passes the run's reference year
 * (the contracts grid runs a year further, to date: it is told as N+1's contracts so far).
 */
export function dashboardStory(dataset: Dataset, region: string, chosenYear: number | undefined): StoryContext {
  const reference = dataset.run.referenceYear ?? chosenYear ?? new Date().getFullYear();
  const year = Math.min(chosenYear ?? reference, reference);
  const arrete = arreteOf(dataset);
  const cutoffYear = Number(arrete.slice(0, 4));
  const tables: Partial<Record<TableName, FigureTable>> = {};
  for (const name of TABLE_NAMES) if (dataset.tables[name]) tables[name] = { rows: dataset.tables[name], value: figure };
  return {
    tables,
    region,
    regionName: dataset.names.scope(region),
    year,
    arrete,
    contractsYear: cutoffYear === year || cutoffYear === year + 1 ? cutoffYear : year,
    franceName: dataset.names.area('france', FRANCE_CODE),
  };
}
