// MSP – état des lieux: new ACI contracts per department and year (the deck's grid), then the
// year's contracts, resiliations and active MSP against the year before.
import type { Row } from '../../../pipeline/publish/published-tables';
import type { ReportTables } from '../../report-table';
import type { ReportScope } from '../../scope';
import { formatInteger } from '../../../pipeline/format';
import { areaLabel, chartValue, figure, isTotal, MISSING_TEXT } from '../cells';
import type { DeckTable } from '../deck-table';
import { distinctAreas, isMsp, ofYear, regionRows, signedInteger } from './select';
import { contractsDate, evolution, formatEvolution, isYearToDate } from '../../story';

/** `+13 (+7,6 %)`: the difference of MSP under contract and the change it makes. */
function evolutionCell(then: number | null, now: number | null): string {
  if (now === null || then === null) return MISSING_TEXT;
  const change = evolution('count', then, now);
  return change ? `${signedInteger(now - then)} (${formatEvolution(change)})` : signedInteger(now - then);
}

/** More years would not fit a slide's width: the grid keeps the last ones. */
export const MAX_GRID_YEARS = 12;

export function adhesionYears(tables: ReportTables, scope: ReportScope): number[] {
  const years = new Set(tables.adhesions.rows.filter(isMsp).map((row) => row.annee as number));
  return [...years].filter((year) => year <= scope.contractsYear).sort((a, b) => a - b).slice(-MAX_GRID_YEARS);
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
      part: 'grille',
      section: 'MSP',
      title: isYearToDate(scope, years.at(-1)!)
        ? `MSP – nouvelles adhésions à l’ACI, ${years[0]}-${years.at(-1)} (au ${contractsDate(scope, years.at(-1)!)})`
        : `MSP – nouvelles adhésions à l’ACI par année (${years[0]}-${years.at(-1)})`,
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
  const y = scope.contractsYear;
  const current = regionRows(table, scope, (row) => isMsp(row) && ofYear(y)(row));
  if (current.length === 0) return [];
  const previous = regionRows(table, scope, (row) => isMsp(row) && ofYear(y - 1)(row));
  const before = (row: Row) => previous.find((other) => other.niveau === row.niveau && other.code === row.code);
  const date = contractsDate(scope, y);
  const toDate = isYearToDate(scope, y) ? ` (au ${date.slice(0, 5)})` : '';
  return [
    {
      table: 'adhesions',
      part: 'etat',
      section: 'MSP',
      title: `MSP – état des lieux au ${date}`,
      header: ['Département', `Adhésions ${y}${toDate}`, `Résiliations ${y}${toDate}`, `Actives au 31/12/${y - 1}`, `Actives au ${date}`, 'Évolution'],
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
            evolutionCell(then, now),
          ],
          total: isTotal(row),
        };
      }),
    },
  ];
}
