// MSP – patientèle and file active of the report's year, per department.
import { partWords } from '../../../core';
import type { ReportTables } from '../../report-table';
import type { ReportScope } from '../../scope';
import { areaLabel, figure, isTotal } from '../cells';
import type { DeckTable } from '../deck-table';
import { isMsp, ofYear, regionRows } from '../select';
import type { TableSlides } from '../table-slides';

function patienteleTable(tables: ReportTables, scope: ReportScope): DeckTable[] {
  const table = tables.patientele;
  const rows = regionRows(table, scope, (row) => isMsp(row) && ofYear(scope.year)(row));
  if (rows.length === 0) return [];
  const measures = ['patientele_mt', 'enfants_0_16', 'patientele_reference', 'file_active'];
  return [
    {
      table: 'patientele',
      section: 'MSP',
      title: `MSP – patientèle et file active en ${scope.year}`,
      header: [
        partWords(scope).heading,
        'MSP',
        'Patientèle MT',
        'Moyenne par MSP',
        'Enfants 0-16 ans',
        'Moyenne par MSP',
        'Patientèle de référence',
        'Moyenne par MSP',
        'File active',
        'Moyenne par MSP',
      ],
      widths: [2.5, 0.7, 1.2, 1.05, 1.2, 1.05, 1.25, 1.05, 1.2, 1.05],
      rows: rows.map((row) => ({
        cells: [
          areaLabel(scope, row),
          figure(table, row, 'nb_structures'),
          ...measures.flatMap((measure) => [figure(table, row, `${measure}_somme`), figure(table, row, `${measure}_moyenne`)]),
        ],
        total: isTotal(scope, row),
      })),
    },
  ];
}

export default { tables: patienteleTable } satisfies TableSlides;
