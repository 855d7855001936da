// The MSP profile by department for the deck's year (or the latest before it): how many, how many
// on several sites, their patients' CSS and AME shares and the median remuneration (seeds 000 and
// 002). The last three are the fund's only: a partner deck shows them as NS.
import { partWords } from '../../../core';
import type { ReportTables } from '../../report-table';
import type { ReportScope } from '../../scope';
import { areaLabel, figure, isTotal } from '../cells';
import type { DeckTable } from '../deck-table';
import { regionRows } from '../select';
import type { TableSlides } from '../table-slides';

const COLUMNS = ['nb_msp', 'nb_multi_sites', 'pct_multi_sites', 'part_css_moyenne', 'part_ame_moyenne', 'remuneration_mediane'];

function profileTable(tables: ReportTables, scope: ReportScope): DeckTable[] {
  const table = tables.msp_profil;
  const years = [...new Set(regionRows(table, scope).map((row) => Number(row.annee)))].filter((year) => year <= scope.year);
  if (years.length === 0) return [];
  const year = Math.max(...years);
  const rows = regionRows(table, scope, (row) => row.annee === year);
  return [
    {
      table: 'msp_profil',
      section: 'MSP',
      title: `MSP – profil des maisons de santé en ${year}`,
      header: [
        partWords(scope).heading,
        'MSP',
        'MSP multi-sites',
        'Part multi-sites',
        'Part moyenne de patients CSS',
        'Part moyenne de patients AME',
        'Rémunération médiane',
      ],
      widths: [3, 0.9, 1.2, 1.2, 1.6, 1.6, 1.8],
      rows: rows.map((row) => ({ cells: [areaLabel(scope, row), ...COLUMNS.map((column) => figure(table, row, column))], total: isTotal(scope, row) })),
      // The latest profile may be of a year before the deck's: its own date then.
      ...(year === scope.year ? {} : { reference: `date de référence 31/12/${year}.` }),
    },
  ];
}

export default { tables: profileTable } satisfies TableSlides;
