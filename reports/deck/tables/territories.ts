// CPTS coverage (by department, and by region when the data spans France), active health centres,
// and organised screening participation (one table per programme over three years).
import { referenceDate } from '../../provenance';
import { evolution, formatEvolution } from '../../story';
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
      title: `CPTS – couverture de la population par département au ${referenceDate(scope, 'cpts_couverture')}`,
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
      part: 'regions',
      section: 'CPTS',
      title: `CPTS – couverture de la population par région au ${referenceDate(scope, 'cpts_couverture')}`,
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
      title: `Centres de santé actifs par catégorie au ${referenceDate(scope, 'cds')}`,
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
    const first = years[0]!;
    // The previous year's change, and the window's (« Évolution 2021/2023 en pts ») when it is longer.
    const spans: [number, number][] = [
      ...(years.includes(last - 1) ? [[last - 1, last] as [number, number]] : []),
      ...(first < last - 1 ? [[first, last] as [number, number]] : []),
    ];
    const at = (area: (typeof rows)[number], year: number) =>
      rows.find((row) => row.annee === year && row.niveau === area.niveau && row.code === area.code);
    return [
      {
        table: 'depistage',
        part: programme,
        section: 'Prévention',
        title: `Dépistage organisé – ${PROGRAMMES[programme].toLowerCase()} : taux de participation`,
        header: ['Département', ...years.map(String), ...spans.map(([from, to]) => `Évolution ${from}/${to} en pts`)],
        widths: [3.2, ...years.map(() => 1.3), ...spans.map(() => 1.7)],
        rows: areas.map((area) => {
          const change = ([from, to]: [number, number]) => {
            const shift = evolution('percent', chartValue(table, at(area, from), 'taux'), chartValue(table, at(area, to), 'taux'));
            return shift ? formatEvolution(shift) : MISSING_TEXT;
          };
          return {
            cells: [areaLabel(area), ...years.map((year) => { const row = at(area, year); return row ? figure(table, row, 'taux') : MISSING_TEXT; }), ...spans.map(change)],
            total: isTotal(area),
          };
        }),
      },
    ];
  });
}
