// The five groups of structures by prerequisites and balance (remunerations_groupes), the
// report's year with the year before beside it, as the commission deck shows them: the MSP's and
// the CDS's, each at its place (`part`).
import { formatInteger, formatPercent, REMUNERATION_GROUPS, type Row, type StructureType } from '../../../core';
import type { ReportTables } from '../../report-table';
import type { ReportScope } from '../../scope';
import { figure, MISSING_TEXT } from '../cells';
import type { DeckTable } from '../deck-table';
import { regionTotal } from '../select';
import type { TableSlides } from '../table-slides';

type Group = keyof typeof REMUNERATION_GROUPS;
const GROUPS = Object.keys(REMUNERATION_GROUPS) as Group[];

const SECTIONS: Partial<Record<StructureType, string>> = { MSP: 'MSP', CDS: 'Centres de santé' };

function remunerationGroupsTable(type: StructureType) {
  return (tables: ReportTables, scope: ReportScope): DeckTable[] => {
    const table = tables.remunerations_groupes;
    const at = (year: number, group: Group) => regionTotal(table, scope, (row) => row.type_structure === type && row.annee === year && row.groupe === group);
    const years = [scope.year, scope.year - 1].filter((year) => GROUPS.some((group) => at(year, group)));
    if (!years.includes(scope.year)) return [];
    const shown = (row: Row | undefined, column: string) => (row ? figure(table, row, column) : MISSING_TEXT);
    // The total is every structure with a remuneration row: public, like the counts of structures.
    const total = (year: number) => {
      const rows = GROUPS.map((group) => at(year, group)).filter((row): row is Row => row !== undefined);
      return rows.length === 0 ? MISSING_TEXT : formatInteger(rows.reduce((sum, row) => sum + Number(row.nb_structures), 0));
    };
    const plural = type === 'CDS' ? 'CDS' : type;
    return [
      {
        table: 'remunerations_groupes',
        section: SECTIONS[type] ?? type,
        // Its headline speaks of this type only (core/tables/remunerations_groupes/headline.ts).
        part: type,
        title: `${plural} – atteinte des prérequis et solde de la rémunération ${scope.year}`,
        header: ['Groupe et situation', ...years.map((year) => `${plural} en ${year}`), ...years.map((year) => `Part en ${year}`)],
        widths: [6.2, ...years.map(() => 1.3), ...years.map(() => 1.3)],
        rows: [
          ...GROUPS.map((group) => ({
            cells: [
              `${group}. ${REMUNERATION_GROUPS[group]}`,
              ...years.map((year) => shown(at(year, group), 'nb_structures')),
              ...years.map((year) => shown(at(year, group), 'pct_structures')),
            ],
            total: false,
          })),
          {
            cells: ['Total', ...years.map(total), ...years.map(() => formatPercent(100))],
            total: true,
          },
        ],
      },
    ];
  };
}

export default {
  tables: (tables, scope, part) => (part === 'MSP' || part === 'CDS' ? remunerationGroupsTable(part)(tables, scope) : []),
} satisfies TableSlides;
