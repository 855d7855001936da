// CDS patientèle and file active of the report's year, by group of centres.
import type { ReportTables } from '../../report-table';
import type { ReportScope } from '../../scope';
import { groupLabel, groupRows, isEnsemble, SECTION_CDS } from '../cds-groups';
import { figure } from '../cells';
import type { DeckTable } from '../deck-table';
import type { TableSlides } from '../table-slides';

function cdsPatienteleTable(tables: ReportTables, scope: ReportScope): DeckTable[] {
  const table = tables.cds_patientele;
  const rows = groupRows(table, scope);
  if (rows.length === 0) return [];
  const measures = ['patientele_mt', 'patientele_mt_elargie', 'file_active_mg', 'file_active_dentaire', 'file_active_infirmiere'];
  return [
    {
      table: 'cds_patientele',
      section: SECTION_CDS,
      title: `CDS – patientèle et file active en ${scope.year} (${scope.regionName})`,
      header: [
        'Type de centre',
        'Centres',
        'Patientèle MT',
        'Moyenne',
        'Patientèle MT élargie',
        'Moyenne',
        'File active MG',
        'Moyenne',
        'File active dentaire',
        'Moyenne',
        'File active infirmière',
        'Moyenne',
      ],
      widths: [2.1, 0.8, 1.15, 0.9, 1.15, 0.9, 1.2, 0.9, 1.15, 0.9, 1.15, 0.9],
      rows: rows.map((row) => ({
        cells: [
          groupLabel(row),
          figure(table, row, 'nb_centres'),
          ...measures.flatMap((measure) => [figure(table, row, `${measure}_somme`), figure(table, row, `${measure}_moyenne`)]),
        ],
        total: isEnsemble(row),
      })),
      note: 'Moyennes sur les centres renseignant la colonne ; « – » : sans objet pour ces centres.',
    },
  ];
}

export default { tables: cdsPatienteleTable } satisfies TableSlides;
