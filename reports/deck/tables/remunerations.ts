// MSP – ACI remuneration of the report's year, per department.
import { partWords } from '../../../core';
import type { ReportTables } from '../../report-table';
import type { ReportScope } from '../../scope';
import { areaLabel, figure, isTotal } from '../cells';
import type { DeckTable } from '../deck-table';
import { isMsp, ofYear, regionRows } from '../select';
import type { TableSlides } from '../table-slides';

function remunerationsTable(tables: ReportTables, scope: ReportScope): DeckTable[] {
  const table = tables.remunerations;
  const rows = regionRows(table, scope, (row) => isMsp(row) && ofYear(scope.year)(row));
  if (rows.length === 0) return [];
  const columns = ['nb_remunerees', 'montant_total', 'avance', 'solde', 'moyenne', 'moyenne_annee_complete', 'minimum', 'maximum', 'nb_prerequis_non_atteints'];
  return [
    {
      table: 'remunerations',
      section: 'MSP',
      title: `MSP – rémunération ACI ${scope.year}`,
      header: [
        partWords(scope).heading,
        'MSP rémunérées',
        'Montant total',
        'Avance',
        'Solde',
        'Moyenne',
        'Moyenne année complète',
        'Minimum',
        'Maximum',
        'Prérequis non atteints',
      ],
      widths: [1.95, 1.2, 1.55, 1.4, 1.4, 1.2, 1.2, 1.15, 1.2, 0.95],
      rows: rows.map((row) => ({ cells: [areaLabel(scope, row), ...columns.map((column) => figure(table, row, column))], total: isTotal(scope, row) })),
    },
  ];
}

export default { tables: remunerationsTable } satisfies TableSlides;
