// « Contrôle des centres de santé – actions en cours » (the June 2024 deck): the events of the
// agreements of the cut-off's year so far beside the year before's, for the region, each CDS group
// under its centres. Counts of structures and of groups of centres only: a group's name and a
// control's motive never leave the fund (the department rows are in the workbook).
import { CDS_GROUPS, type CdsGroup, formatDate, isAreaRow, isYearToDate, type Row, STRUCTURE_EVENTS } from '../../../core';
import type { ReportTables } from '../../report-table';
import type { ReportScope } from '../../scope';
import { figure, MISSING_TEXT } from '../cells';
import type { DeckRow, DeckTable } from '../deck-table';
import type { TableSlides } from '../table-slides';

const TYPES = [
  { type: 'CDS', label: 'Centres de santé' },
  { type: 'MSP', label: 'MSP' },
  { type: 'CPTS', label: 'CPTS' },
] as const;

const GROUPS = (Object.keys(CDS_GROUPS) as CdsGroup[]).filter((group) => group !== 'ensemble');

function eventsTable(tables: ReportTables, scope: ReportScope): DeckTable[] {
  const table = tables.evenements;
  // The deck of N presented in N+1 tells N+1's events so far, and N's as a reminder.
  const year = scope.contractsYear;
  const years = [year - 1, year];
  const rows = table.rows.filter((row) => isAreaRow(scope.region, row) && years.includes(row.annee as number));
  if (rows.length === 0) return [];
  const toDate = isYearToDate(scope, year);
  const at = (annee: number, type: string, categorie: string, evenement: string) =>
    rows.find((row) => row.annee === annee && row.type_structure === type && row.categorie === categorie && row.evenement === evenement);
  const cells = (type: string, categorie: string, evenement: string) =>
    years.flatMap((annee) => {
      const row: Row | undefined = at(annee, type, categorie, evenement);
      // No row: no structure had the event. A dash, not « 0 »: a partner's rule masks zeros too.
      return row ? [figure(table, row, 'nb_structures'), figure(table, row, 'nb_groupes')] : [MISSING_TEXT, MISSING_TEXT];
    });
  const lines: DeckRow[] = [];
  for (const evenement of Object.keys(STRUCTURE_EVENTS)) {
    let first = true;
    for (const { type, label } of TYPES) {
      if (!rows.some((row) => row.type_structure === type && row.evenement === evenement)) continue;
      const name = first ? STRUCTURE_EVENTS[evenement as keyof typeof STRUCTURE_EVENTS] : '';
      first = false;
      lines.push({ cells: [name, label, ...cells(type, 'ensemble', evenement)], total: false, emphasis: true });
      if (type !== 'CDS') continue;
      for (const group of GROUPS) {
        if (!rows.some((row) => row.type_structure === type && row.categorie === group && row.evenement === evenement)) continue;
        lines.push({ cells: ['', `dont ${CDS_GROUPS[group].toLowerCase()}`, ...cells(type, group, evenement)], total: false });
      }
    }
  }
  const current = toDate ? `${year} (au ${formatDate(scope.arrete)})` : String(year);
  const onlyCentres = rows.every((row) => row.type_structure === 'CDS');
  return [
    {
      table: 'evenements',
      section: 'Centres de santé',
      title: `Contrôle des ${onlyCentres ? 'centres de santé' : 'structures'} – actions en cours`,
      header: ['Événement', 'Structures concernées', `Structures ${year - 1}`, `Groupes ${year - 1}`, `Structures ${current}`, `Groupes ${current}`],
      widths: [2.6, 2.6, 1.3, 1.3, 1.9, 1.9],
      rows: lines,
      compact: true,
      align: ['left', 'left', 'right', 'right', 'right', 'right'],
      // The dash's meaning goes with the source line: a note under the table would split it over two slides.
      reference: `années ${year - 1} et ${year}${toDate ? ` jusqu’au ${formatDate(scope.arrete)}` : ''} ; « – » : aucun événement de ce type.`,
    },
  ];
}

export default { tables: eventsTable } satisfies TableSlides;
