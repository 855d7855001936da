// Centres de santé active at the cut-off date, by category and department, then their map.
import { partWords } from '../../../core';
import { referenceDate } from '../../provenance';
import type { ReportTables } from '../../report-table';
import type { ReportScope } from '../../scope';
import { areaLabel, figure, isTotal } from '../cells';
import type { DeckTable } from '../deck-table';
import { regionRows } from '../select';
import { addCdsMapSlide } from '../slides/cds-map-slide';
import type { TableSlides } from '../table-slides';

function cdsTable(tables: ReportTables, scope: ReportScope): DeckTable[] {
  const table = tables.cds;
  const rows = regionRows(table, scope);
  if (rows.length === 0) return [];
  const columns = ['nb_dentaire', 'nb_infirmier', 'nb_medical', 'nb_polyvalent', 'nb_total'];
  return [
    {
      table: 'cds',
      section: 'Centres de santé',
      title: `Centres de santé actifs par catégorie au ${referenceDate(scope, 'cds')}`,
      header: [partWords(scope).heading, 'Dentaires', 'Infirmiers', 'Médicaux', 'Polyvalents', 'Total'],
      widths: [3.2, 1.3, 1.3, 1.3, 1.3, 1.3],
      rows: rows.map((row) => ({ cells: [areaLabel(scope, row), ...columns.map((column) => figure(table, row, column))], total: isTotal(scope, row) })),
    },
  ];
}

export default {
  tables: cdsTable,
  after: (context) => addCdsMapSlide(context),
} satisfies TableSlides;
