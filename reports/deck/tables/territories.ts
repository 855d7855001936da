// CPTS coverage (by department, and by region when the data spans France), active health centres,
// and organised screening participation (one table per programme over three years).
import { formatPoints } from '../../../pipeline/format';
import { PROGRAMMES, type Programme } from '../../../pipeline/schema';
import type { ReportTables } from '../../report-table';
import type { ReportScope } from '../../scope';
import { areaLabel, chartValue, figure, isTotal, MISSING_TEXT } from '../cells';
import type { DeckTable } from '../deck-table';
import { distinctAreas, regionRows } from './select';

export function cptsByDepartment(tables: ReportTables, scope: ReportScope): DeckTable[] {
  const table = tables.cpts_couverture;
  const rows = regionRows(table, scope);
  if (rows.length === 0) return [];
  // Contract version 2 adds the coverage counting the CPTS projects (the deck's « en prenant en
  // compte les projets »): shown when the run has it.
  const withProjects = rows.some((row) => typeof row.taux_couverture_avec_projets === 'number');
  const columns = [
    'nb_en_projet', 'nb_validees', 'nb_signataires', 'population_couverte', 'population', 'taux_couverture',
    ...(withProjects ? ['taux_couverture_avec_projets'] : []),
  ];
  return [
    {
      table: 'cpts_couverture',
      section: 'CPTS',
      title: `CPTS – couverture de la population par département (${scope.regionName})`,
      header: [
        'Département', 'En projet', 'Validées', 'Signataires ACI', 'Population couverte', 'Population', 'Taux de couverture',
        ...(withProjects ? ['Taux avec les projets'] : []),
      ],
      widths: [3, 1.2, 1.2, 1.4, 1.7, 1.7, 1.5, ...(withProjects ? [1.5] : [])],
      rows: rows.map((row) => ({ cells: [areaLabel(row), ...columns.map((column) => figure(table, row, column))], total: isTotal(row) })),
    },
  ];
}

export function cptsByRegion(tables: ReportTables, scope: ReportScope): DeckTable[] {
  const table = tables.cpts_couverture;
  const rows = table.rows.filter((row) => row.niveau === 'region' || row.niveau === 'france');
  if (rows.filter((row) => row.niveau === 'region').length < 2) return [];
  const columns = ['nb_signataires', 'population_couverte', 'population', 'taux_couverture'];
  return [
    {
      table: 'cpts_couverture',
      section: 'CPTS',
      title: 'CPTS – couverture de la population par région',
      header: ['Région', 'CPTS signataires', 'Population couverte', 'Population', 'Taux de couverture'],
      widths: [3.6, 1.6, 2, 2, 1.7],
      rows: rows.map((row) => ({
        cells: [areaLabel(row), ...columns.map((column) => figure(table, row, column))],
        total: row.niveau === 'france',
        emphasis: row.niveau === 'region' && row.code === scope.region,
      })),
    },
  ];
}

export function cdsTable(tables: ReportTables, scope: ReportScope): DeckTable[] {
  const table = tables.cds;
  const rows = regionRows(table, scope);
  if (rows.length === 0) return [];
  const columns = ['nb_dentaire', 'nb_infirmier', 'nb_medical', 'nb_polyvalent', 'nb_total'];
  return [
    {
      table: 'cds',
      section: 'Centres de santé',
      title: `Centres de santé actifs par catégorie (${scope.regionName})`,
      header: ['Département', 'Dentaires', 'Infirmiers', 'Médicaux', 'Polyvalents', 'Total'],
      widths: [3.2, 1.3, 1.3, 1.3, 1.3, 1.3],
      rows: rows.map((row) => ({ cells: [areaLabel(row), ...columns.map((column) => figure(table, row, column))], total: isTotal(row) })),
    },
  ];
}

/** The last three years up to the report's year with figures for a programme. */
export function screeningYears(tables: ReportTables, scope: ReportScope, programme: string): number[] {
  const years = new Set(
    tables.depistage.rows.filter((row) => row.programme === programme).map((row) => row.annee as number),
  );
  return [...years].filter((year) => year <= scope.year).sort((a, b) => a - b).slice(-3);
}

export function depistageTables(tables: ReportTables, scope: ReportScope): DeckTable[] {
  const table = tables.depistage;
  return (Object.keys(PROGRAMMES) as Programme[]).flatMap((programme): DeckTable[] => {
    const years = screeningYears(tables, scope, programme);
    if (years.length === 0) return [];
    const rows = regionRows(table, scope, (row) => row.programme === programme);
    const areas = distinctAreas(rows);
    const last = years.at(-1)!;
    const previous = years.at(-2);
    const at = (area: (typeof rows)[number], year: number) =>
      rows.find((row) => row.annee === year && row.niveau === area.niveau && row.code === area.code);
    return [
      {
        table: 'depistage',
        section: 'Prévention',
        title: `Dépistage organisé – ${PROGRAMMES[programme].toLowerCase()} : taux de participation`,
        header: ['Département', ...years.map(String), ...(previous ? [`Évolution ${previous}-${last}`] : [])],
        widths: [3.2, ...years.map(() => 1.4), ...(previous ? [1.9] : [])],
        rows: areas.map((area) => {
          const now = chartValue(table, at(area, last), 'taux');
          const then = previous ? chartValue(table, at(area, previous), 'taux') : null;
          const evolution = previous ? [now !== null && then !== null ? formatPoints(now - then) : MISSING_TEXT] : [];
          return {
            cells: [areaLabel(area), ...years.map((year) => { const row = at(area, year); return row ? figure(table, row, 'taux') : MISSING_TEXT; }), ...evolution],
            total: isTotal(area),
          };
        }),
      },
    ];
  });
}
