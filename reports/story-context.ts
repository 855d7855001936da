// The story of a report: its masked tables read as figures, so that a headline never states, nor
// lets anyone recompute, a cell shown as « NS ».

import type { FigureTable, Row, StoryContext } from '../core';
import { TABLE_NAMES, type TableName } from '../core';
import type { ReportTable, ReportTables } from './report-table';
import type { ReportScope } from './scope';

function figureTable(table: ReportTable): FigureTable {
  const index = new Map<Row, number>(table.rows.map((row, at) => [row, at]));
  return {
    rows: table.rows,
    value(row, column) {
      const at = index.get(row);
      if (at !== undefined && table.masks[at]?.has(column)) return null;
      const value = row[column];
      return typeof value === 'number' ? value : null;
    },
  };
}

export function reportStory(tables: ReportTables, scope: ReportScope): StoryContext {
  const figures: Partial<Record<TableName, FigureTable>> = {};
  for (const name of TABLE_NAMES) if (tables[name]) figures[name] = figureTable(tables[name]);
  return {
    tables: figures,
    region: scope.region,
    regionName: scope.regionName,
    year: scope.year,
    arrete: scope.arrete,
    contractsYear: scope.contractsYear,
    franceName: scope.franceName,
  };
}
