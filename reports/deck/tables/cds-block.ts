// Centres de santé (contract version 2): salaried staff in FTE, patientèle and file active, the
// rémunération forfaitaire spécifique, each by group of categories as the commission deck shows
// them (region rows of the report's year; the departments are in the workbook).
import { formatChange, formatEuro } from '../../../pipeline/format';
import { CDS_GROUPS, PROFESSIONS, type CdsGroup, type Profession } from '../../../pipeline/schema';
import type { Row } from '../../../pipeline/publish/published-tables';
import type { ReportTable, ReportTables } from '../../report-table';
import type { ReportScope } from '../../scope';
import { chartValue, figure, MISSING_TEXT } from '../cells';
import type { DeckTable } from '../deck-table';
import { ofYear, regionRows } from './select';

export const SECTION_CDS = 'Centres de santé';

const GROUPS = Object.keys(CDS_GROUPS) as CdsGroup[];

/** The region's rows of the year, one per CDS group present, in the deck's order. */
export function groupRows(table: ReportTable, scope: ReportScope, year = scope.year, where: (row: Row) => boolean = () => true): Row[] {
  const rows = regionRows(table, scope, (row) => row.niveau === 'region' && ofYear(year)(row) && where(row));
  return GROUPS.flatMap((group) => rows.filter((row) => row.categorie === group));
}

const groupLabel = (row: Row) => CDS_GROUPS[row.categorie as CdsGroup] ?? String(row.categorie);
const isEnsemble = (row: Row) => row.categorie === 'ensemble';

/** Professions with staff in the region's CDS that year, in the contract's order. */
export function staffProfessions(tables: ReportTables, scope: ReportScope): Profession[] {
  const present = new Set(
    groupRows(tables.cds_effectifs, scope, scope.year, (row) => row.categorie === 'ensemble').map((row) => String(row.profession)),
  );
  return (Object.keys(PROFESSIONS) as Profession[]).filter((profession) => present.has(profession));
}

export function cdsEffectifsTable(tables: ReportTables, scope: ReportScope): DeckTable[] {
  const table = tables.cds_effectifs;
  const rows = groupRows(table, scope);
  if (rows.length === 0) return [];
  const groups = GROUPS.filter((group) => rows.some((row) => row.categorie === group));
  const cell = (group: CdsGroup, profession: string, column: string) => {
    const row = rows.find((candidate) => candidate.categorie === group && candidate.profession === profession);
    return row ? figure(table, row, column) : MISSING_TEXT;
  };
  const centres = groups
    .filter((group) => group !== 'ensemble')
    .map((group) => {
      const row = rows.find((candidate) => candidate.categorie === group);
      return `${row ? figure(table, row, 'nb_centres') : MISSING_TEXT} ${CDS_GROUPS[group].toLowerCase()}`;
    });
  const all = rows.find((row) => row.categorie === 'ensemble');
  const lines = (profession: string, label: string, total: boolean) => ({
    cells: [label, ...groups.flatMap((group) => [cell(group, profession, 'effectif'), cell(group, profession, 'etp')])],
    total,
  });
  return [
    {
      table: 'cds_effectifs',
      section: SECTION_CDS,
      title: `CDS – salariés et équivalents temps plein par profession en ${scope.year}`,
      header: ['Profession', ...groups.flatMap((group) => [`${CDS_GROUPS[group]} : salariés`, `${CDS_GROUPS[group]} : ETP`])],
      widths: [2.6, ...groups.flatMap(() => [1.1, 1.1])],
      rows: [
        ...staffProfessions(tables, scope).map((profession) => lines(profession, PROFESSIONS[profession], false)),
        lines('ensemble', 'Ensemble des salariés', true),
      ],
      ...(all ? { note: `${figure(table, all, 'nb_centres')} centres ayant déclaré leurs effectifs : ${centres.join(', ')}.` } : {}),
    },
  ];
}

export function cdsPatienteleTable(tables: ReportTables, scope: ReportScope): DeckTable[] {
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

export function cdsRemunerationsTable(tables: ReportTables, scope: ReportScope): DeckTable[] {
  const table = tables.cds_remunerations;
  const rows = groupRows(table, scope);
  if (rows.length === 0) return [];
  const total = (year: number) => chartValue(table, groupRows(table, scope, year, isEnsemble)[0], 'montant_total');
  const now = total(scope.year);
  const before = total(scope.year - 1);
  const note =
    now !== null && before !== null && before > 0
      ? `Évolution du montant total régional : ${formatChange(now / before - 1)} (${formatEuro(now)} en ${scope.year}, ${formatEuro(before)} en ${scope.year - 1}).`
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

