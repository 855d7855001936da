// MSP – professionals of the report's year, per profession, for the region.
import { formatDecimal, isAreaRow, PROFESSION_LABELS, PROFESSIONS } from '../../../core';
import type { ReportTables } from '../../report-table';
import type { ReportScope } from '../../scope';
import { chartValue, figure } from '../cells';
import type { DeckTable } from '../deck-table';
import { isMsp, ofYear } from '../select';
import type { TableSlides } from '../table-slides';

/** Labels of the professions table: the doctors' row above its two parts, the total last. */
const PROFESSION_ROWS: readonly { readonly code: string; readonly label: string }[] = [
  { code: 'medecin', label: 'Médecins' },
  { code: 'medecin_generaliste', label: 'dont généralistes' },
  { code: 'medecin_autre_specialite', label: 'dont autres spécialités' },
  ...(Object.keys(PROFESSIONS) as (keyof typeof PROFESSIONS)[])
    .filter((code) => !code.startsWith('medecin_'))
    .map((code) => ({ code, label: PROFESSIONS[code] })),
  { code: 'ensemble', label: PROFESSION_LABELS.ensemble },
];

function professionnelsTable(tables: ReportTables, scope: ReportScope): DeckTable[] {
  const table = tables.professionnels;
  const rows = table.rows.filter((row) => isMsp(row) && ofYear(scope.year)(row) && isAreaRow(scope.region, row));
  if (rows.length === 0) return [];
  const columns = ['nb_professionnels', 'nb_structures_avec', 'pct_structures_avec', 'moyenne_par_structure', 'moyenne_par_structure_presente'];
  const known = new Set(PROFESSION_ROWS.map((item) => item.code));
  const ordered = [
    ...PROFESSION_ROWS.flatMap((item) => {
      const row = rows.find((candidate) => candidate.profession === item.code);
      return row ? [{ row, label: item.label }] : [];
    }),
    ...rows.filter((row) => !known.has(String(row.profession))).map((row) => ({ row, label: String(row.profession) })),
  ];
  // The total row goes last, bold (the contract's `ensemble`).
  ordered.sort((a, b) => Number(a.row.profession === 'ensemble') - Number(b.row.profession === 'ensemble'));
  return [
    {
      table: 'professionnels',
      section: 'MSP',
      title: `MSP – professionnels par profession en ${scope.year} (${scope.regionName})`,
      header: ['Profession', 'Professionnels', 'MSP en comptant au moins un', 'Part des MSP', 'Moyenne par MSP', 'Moyenne par MSP concernée'],
      widths: [3.4, 1.5, 1.8, 1.4, 1.5, 1.7],
      compact: true,
      rows: ordered.map(({ row, label }) => ({
        cells: [
          label,
          ...columns.map((column) => {
            // Fractions of a professional per MSP: one decimal would show 0,0 for the rare professions.
            const value = chartValue(table, row, column);
            return column.startsWith('moyenne') && value !== null ? formatDecimal(value, 2) : figure(table, row, column);
          }),
        ],
        total: row.profession === 'ensemble',
      })),
    },
  ];
}

export default { tables: professionnelsTable } satisfies TableSlides;
