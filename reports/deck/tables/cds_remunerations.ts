// The CDS rémunération forfaitaire spécifique of the report's year, by group of centres.
import { areaAdjective, formatChange, formatEuro } from '../../../core';
import type { ReportTables } from '../../report-table';
import type { ReportScope } from '../../scope';
import { groupLabel, groupRows, isEnsemble, SECTION_CDS } from '../cds-groups';
import { chartValue, figure } from '../cells';
import type { DeckTable } from '../deck-table';
import type { TableSlides } from '../table-slides';

function cdsRemunerationsTable(tables: ReportTables, scope: ReportScope): DeckTable[] {
  const table = tables.cds_remunerations;
  const rows = groupRows(table, scope);
  if (rows.length === 0) return [];
  const total = (year: number) => chartValue(table, groupRows(table, scope, year, isEnsemble)[0], 'montant_total');
  const now = total(scope.year);
  const before = total(scope.year - 1);
  const note =
    now !== null && before !== null && before > 0
      ? `Évolution du montant total ${areaAdjective(scope)} : ${formatChange(now / before - 1)} (${formatEuro(now)} en ${scope.year}, ${formatEuro(before)} en ${scope.year - 1}).`
      : undefined;
  const columns = ['nb_remunerees', 'montant_total', 'avance', 'solde', 'trop_percu', 'moyenne', 'nb_prerequis_non_atteints', 'avance_a_rembourser'];
  return [
    {
      table: 'cds_remunerations',
      section: SECTION_CDS,
      title: `CDS – rémunération forfaitaire spécifique ${scope.year}`,
      header: [
        'Type de centre',
        'Centres rémunérés',
        'Rémunération totale',
        'dont avance',
        'dont solde',
        'dont trop-perçus',
        'Moyenne par centre rémunéré',
        'Prérequis non atteints',
        'Avance à rembourser',
      ],
      widths: [2.1, 1, 1.65, 1.5, 1.5, 1.3, 1.4, 1, 1.3],
      rows: rows.map((row) => ({ cells: [groupLabel(row), ...columns.map((column) => figure(table, row, column))], total: isEnsemble(row) })),
      ...(note ? { note } : {}),
    },
  ];
}

export default { tables: cdsRemunerationsTable } satisfies TableSlides;
