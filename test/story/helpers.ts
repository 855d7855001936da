// Small story contexts for the headline templates: rows written by hand, cells masked on demand.

import type { FigureTable, StoryContext, TableName } from '../../core';
import type { Row } from '../../core/published/published-tables';

export type Masked = (table: TableName, row: Row, column: string) => boolean;

export function story(
  tables: Partial<Record<TableName, Row[]>>,
  options: { masked?: Masked; year?: number; arrete?: string; contractsYear?: number } = {},
): StoryContext {
  const masked = options.masked ?? (() => false);
  const figures: Partial<Record<TableName, FigureTable>> = {};
  for (const [name, rows] of Object.entries(tables) as [TableName, Row[]][]) {
    figures[name] = {
      rows,
      value: (row, column) => (masked(name, row, column) ? null : typeof row[column] === 'number' ? (row[column] as number) : null),
    };
  }
  const year = options.year ?? 2023;
  return {
    tables: figures,
    region: '11',
    regionName: 'Île-de-France',
    year,
    arrete: options.arrete ?? `${year}-12-31`,
    contractsYear: options.contractsYear ?? year,
    franceName: 'France',
  };
}

export const region = (values: Row): Row => ({ niveau: 'region', code: '11', ...values });
export const dep = (code: string, values: Row): Row => ({ niveau: 'departement', code, ...values });

/** Plain spaces for the narrow and no-break spaces of French formatting. */
export const plain = (texts: readonly string[]) => texts.map((text) => text.replace(/[\u202f\u00a0]/g, ' '));
