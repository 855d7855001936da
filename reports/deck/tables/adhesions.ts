// MSP – état des lieux: new ACI contracts per department and year (the deck's grid), then the
// year's contracts, resiliations and active MSP against the year before.
import type { Row } from '../../../pipeline/publish/published-tables';
import type { ReportTables } from '../../report-table';
import type { ReportScope } from '../../scope';
import { formatInteger } from '../../../pipeline/format';
import { areaLabel, chartValue, figure, isTotal, MISSING_TEXT } from '../cells';
import type { DeckTable } from '../deck-table';
import { distinctAreas, isMsp, ofYear, regionRows, signedInteger } from './select';

/** More years would not fit a slide's width: the grid keeps the last ones. */
export const MAX_GRID_YEARS = 12;

export function adhesionYears(tables: ReportTables, scope: ReportScope): number[] {
  const years = new Set(tables.adhesions.rows.filter(isMsp).map((row) => row.annee as number));
  return [...years].filter((year) => year <= scope.year).sort((a, b) => a - b).slice(-MAX_GRID_YEARS);
}

export function adhesionsGrid(tables: ReportTables, scope: ReportScope): DeckTable[] {
  const table = tables.adhesions;
  const years = adhesionYears(tables, scope);
  if (years.length === 0) return [];
  const rows = regionRows(table, scope, isMsp);
  const find = (area: Row, year: number) =>
    rows.find((row) => row.annee === year && row.niveau === area.niveau && row.code === area.code);
  return [
    {
      table: 'adhesions',
      section: 'MSP',
      title: `MSP – nouvelles adhésions à l’ACI par année (${years[0]}-${years.at(-1)})`,
      header: ['Département', ...years.map(String), 'Total'],
      widths: [2.6, ...years.map(() => 0.8), 0.9],
      rows: distinctAreas(rows).map((area) => {
        const cells = years.map((year) => find(area, year));
        const counts = cells.map((row) => chartValue(table, row, 'nb_adhesions'));
        const total = counts.every((count) => count !== null) ? counts.reduce<number>((sum, count) => sum + count!, 0) : null;
        return {
          cells: [
            areaLabel(area),
            ...cells.map((row) => (row ? figure(table, row, 'nb_adhesions') : MISSING_TEXT)),
            total === null ? MISSING_TEXT : formatInteger(total),
          ],
          total: isTotal(area),
        };
      }),
    },
  ];
}

export function mspStatus(tables: ReportTables, scope: ReportScope): DeckTable[] {
  const table = tables.adhesions;
  const current = regionRows(table, scope, (row) => isMsp(row) && ofYear(scope.year)(row));
  if (current.length === 0) return [];
  const previous = regionRows(table, scope, (row) => isMsp(row) && ofYear(scope.year - 1)(row));
  const before = (row: Row) => previous.find((other) => other.niveau === row.niveau && other.code === row.code);
  const y = scope.year;
  return [
    {
      table: 'adhesions',
      section: 'MSP',
      title: `MSP – état des lieux au 31/12/${y}`,
      header: ['Département', `Adhésions ${y}`, `Résiliations ${y}`, `Actives au 31/12/${y - 1}`, `Actives au 31/12/${y}`, 'Évolution'],
      widths: [3, 1.4, 1.4, 1.6, 1.6, 1.2],
      rows: current.map((row) => {
        const prior = before(row);
        const now = chartValue(table, row, 'nb_actives_fin_annee');
        const then = chartValue(table, prior, 'nb_actives_fin_annee');
        return {
          cells: [
            areaLabel(row),
            figure(table, row, 'nb_adhesions'),
            figure(table, row, 'nb_resiliations'),
            prior ? figure(table, prior, 'nb_actives_fin_annee') : MISSING_TEXT,
            figure(table, row, 'nb_actives_fin_annee'),
            now !== null && then !== null ? signedInteger(now - then) : MISSING_TEXT,
          ],
          total: isTotal(row),
        };
      }),
    },
  ];
}
