// MSP – patientèle, ACI remuneration and professionals of the report's year.
import { formatChange, formatDecimal, formatEuro } from '../../../pipeline/format';
import { PROFESSION_LABELS, PROFESSIONS } from '../../../pipeline/schema';
import type { ReportTables } from '../../report-table';
import type { ReportScope } from '../../scope';
import { areaLabel, chartValue, figure, isTotal } from '../cells';
import type { DeckTable } from '../deck-table';
import { isMsp, ofYear, regionRows, regionTotal } from './select';

export function patienteleTable(tables: ReportTables, scope: ReportScope): DeckTable[] {
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
        'Département',
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
          areaLabel(row),
          figure(table, row, 'nb_structures'),
          ...measures.flatMap((measure) => [figure(table, row, `${measure}_somme`), figure(table, row, `${measure}_moyenne`)]),
        ],
        total: isTotal(row),
      })),
    },
  ];
}

export function remunerationsTable(tables: ReportTables, scope: ReportScope): DeckTable[] {
  const table = tables.remunerations;
  const rows = regionRows(table, scope, (row) => isMsp(row) && ofYear(scope.year)(row));
  if (rows.length === 0) return [];
  const now = chartValue(table, regionTotal(table, scope, (row) => isMsp(row) && ofYear(scope.year)(row)), 'montant_total');
  const before = chartValue(table, regionTotal(table, scope, (row) => isMsp(row) && ofYear(scope.year - 1)(row)), 'montant_total');
  const note =
    now !== null && before !== null && before > 0
      ? `Évolution du montant total régional : ${formatChange(now / before - 1)} (${formatEuro(now)} en ${scope.year}, ${formatEuro(before)} en ${scope.year - 1}).`
      : undefined;
  const columns = ['nb_remunerees', 'montant_total', 'avance', 'solde', 'moyenne', 'moyenne_annee_complete', 'minimum', 'maximum', 'nb_prerequis_non_atteints'];
  return [
    {
      table: 'remunerations',
      section: 'MSP',
      title: `MSP – rémunération ACI ${scope.year}`,
      header: [
        'Département',
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
      rows: rows.map((row) => ({ cells: [areaLabel(row), ...columns.map((column) => figure(table, row, column))], total: isTotal(row) })),
      ...(note ? { note } : {}),
    },
  ];
}

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

export function professionnelsTable(tables: ReportTables, scope: ReportScope): DeckTable[] {
  const table = tables.professionnels;
  const rows = table.rows.filter(
    (row) => isMsp(row) && ofYear(scope.year)(row) && row.niveau === 'region' && row.code === scope.region,
  );
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
