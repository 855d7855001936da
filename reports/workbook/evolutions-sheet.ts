// The "Évolutions" sheet: every change against the previous year of the tables with years
// (core/story/evolution.ts), counts and euros in percent, rates in points, as numbers a partner
// can sort and filter. A masked figure has no evolution here either.
import type { Style, Workbook, Worksheet } from 'exceljs';
import type { Row } from '../../core';
import {
  areaName,
  countedToDate,
  EXCEL_FORMATS,
  frenchFormat,
  HEADER_FILL,
  isPartRow,
  keyLabel,
  neutraliseCell,
  roundForPeople,
  SHEET_FONT,
  setRowStyle,
  sharedStyle,
  TABLE_NAMES,
  type TableName,
  tableEvolutions,
  tableSpec,
} from '../../core';
import type { ReportTable, ReportTables } from '../report-table';
import type { ReportScope } from '../scope';

const PERCENT_FORMAT = frenchFormat('+0.0" %";−0.0" %";0.0" %"');
const POINTS_FORMAT = frenchFormat('+0.0" pt";−0.0" pt";0.0" pt"');

function shownValue(table: ReportTable): (row: Row, column: string) => number | null {
  const index = new Map<Row, number>(table.rows.map((row, at) => [row, at]));
  return (row, column) => {
    const at = index.get(row);
    if (at !== undefined && table.masks[at]?.has(column)) return null;
    const value = row[column];
    return typeof value === 'number' ? value : null;
  };
}

/** What tells two rows of one area and year apart, spelt out: structure type, profession, programme. */
function detail(table: ReportTable, row: Row): string {
  return table.spec.keys
    .filter((column) => !['niveau', 'code', 'annee'].includes(column.name))
    .map((column) => keyLabel(column.name, row[column.name]))
    .join(' · ');
}

/**
 * A line's styles, made once for each weight and formats, so that the sheet's lines (11 000 in a
 * region's workbook) share them (core/sheets/shared-style.ts). In the columns' order: sheet, area,
 * detail, indicator, year, value, previous value, change.
 */
function evolutionLooks(): (bold: boolean, format: string | undefined, change: string) => { row: Partial<Style>; cells: readonly Partial<Style>[] } {
  const made = new Map<string, { row: Partial<Style>; cells: readonly Partial<Style>[] }>();
  return (bold, format, change) => {
    const key = `${bold}\u0000${format}\u0000${change}`;
    let look = made.get(key);
    if (!look) {
      const font = { ...SHEET_FONT, bold };
      const text = sharedStyle({ font });
      const value = format ? sharedStyle({ font, numFmt: format }) : text;
      look = { row: text, cells: [text, text, text, text, sharedStyle({ font, numFmt: '0' }), value, value, sharedStyle({ font, numFmt: change })] };
      made.set(key, look);
    }
    return look;
  };
}

/** `scope`: the report's cut-off date; a year counted only up to it is compared with nothing. */
export function addEvolutionsSheet(workbook: Workbook, tables: ReportTables, scope: Pick<ReportScope, 'arrete' | 'region' | 'franceName'>): Worksheet {
  const sheet = workbook.addWorksheet('Évolutions', {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  sheet.columns = [{ width: 16 }, { width: 24 }, { width: 22 }, { width: 30 }, { width: 8 }, { width: 18 }, { width: 27 }, { width: 12 }];
  const header = sheet.addRow(['Feuille', 'Territoire', 'Détail', 'Indicateur', 'Année', 'Valeur', 'Valeur de l’année précédente', 'Évolution']);
  header.font = { ...SHEET_FONT, bold: true, color: { argb: 'FFFFFFFF' } };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  });
  const looks = evolutionLooks();
  for (const name of TABLE_NAMES as readonly TableName[]) {
    const table = tables[name];
    if (!table) continue;
    for (const line of tableEvolutions(table.spec, table.rows, shownValue(table), (year) => countedToDate(scope, table.spec, year))) {
      const points = line.change.kind === 'points';
      const row = sheet.addRow([
        tableSpec(name).sheet,
        line.row.niveau === 'france' ? scope.franceName : areaName(String(line.row.niveau), String(line.row.code)),
        neutraliseCell(detail(table, line.row)),
        line.column.label,
        line.row.annee as number,
        roundForPeople(line.change.to, line.column.unit),
        roundForPeople(line.change.from, line.column.unit),
        // To the tenth shown: a person reading the cell sees 8,3, not 8.333333333333332.
        roundForPeople(line.change.value, 'mean'),
      ]);
      // Numbers a partner can sort and add, shown in French by their format.
      const look = looks(!isPartRow(scope.region, line.row), EXCEL_FORMATS[line.column.unit], points ? POINTS_FORMAT : PERCENT_FORMAT);
      setRowStyle(row, look.row);
      look.cells.forEach((style, c) => {
        row.getCell(c + 1).style = style;
      });
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rowCount), column: 8 } };
  sheet.addRow([]);
  const note = sheet.addRow([
    'Évolution par rapport à l’année précédente : en % pour les effectifs et les montants, en points pour les taux. Aucune évolution pour une valeur masquée (NS), ni pour une année comptée seulement jusqu’à la date d’arrêté (elle n’est jamais comparée à une année entière).',
  ]);
  note.font = { ...SHEET_FONT, italic: true, color: { argb: 'FF4A4A4A' } };
  return sheet;
}
