// The "Provenance" sheet: which run the figures come from, the files it read and the rows it set
// aside, so a partner can trace every table back to its exports.
import type { Workbook, Worksheet } from 'exceljs';
import { EXCEL_FORMATS, HEADER_FILL, neutraliseCell, SHEET_FONT } from '../../core';
import { runDateTime } from '../provenance';
import type { ReportScope } from '../scope';
import type { RunInfo } from '../source';

export function addProvenanceSheet(workbook: Workbook, run: RunInfo, scope: ReportScope, producedAt: string, diffusion: string): Worksheet {
  const sheet = workbook.addWorksheet('Provenance', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [{ width: 32 }, { width: 22 }, { width: 14 }, { width: 12 }, { width: 14 }, { width: 14 }, { width: 14 }];
  const facts: [string, string | number][] = [
    ['Diffusion', diffusion],
    ['Région', `${scope.regionName} (${scope.region})`],
    ['Année de référence', scope.year],
    ['Traitement des données (pipeline)', runDateTime(run.generatedAt)],
    ['Lignes rejetées', run.rejected],
    ['Classeur produit le', runDateTime(producedAt)],
  ];
  for (const [label, value] of facts) {
    const row = sheet.addRow([label, typeof value === 'string' ? neutraliseCell(value) : value]);
    row.font = SHEET_FONT;
    row.getCell(1).font = { ...SHEET_FONT, bold: true };
    if (typeof value === 'number') row.getCell(2).numFmt = label.startsWith('Année') ? '0' : (EXCEL_FORMATS.count ?? '0');
    row.getCell(2).alignment = { horizontal: 'left' };
  }
  sheet.addRow([]);
  const header = sheet.addRow(['Fichier lu', 'Jeu de données', 'Encodage', 'Séparateur', 'Lignes lues', 'Conservées', 'Rejetées']);
  header.font = { ...SHEET_FONT, bold: true, color: { argb: 'FFFFFFFF' } };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  });
  for (const input of run.inputs) {
    const delimiter = input.delimiter === '\t' ? 'tabulation' : input.delimiter;
    const row = sheet.addRow([
      neutraliseCell(input.file),
      neutraliseCell(input.dataset),
      neutraliseCell(input.encoding),
      neutraliseCell(delimiter),
      input.rows,
      input.kept,
      input.rejected,
    ]);
    row.font = SHEET_FONT;
    for (const c of [5, 6, 7]) row.getCell(c).numFmt = EXCEL_FORMATS.count ?? '0';
  }
  return sheet;
}
