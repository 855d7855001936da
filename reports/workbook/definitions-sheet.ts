// The "Définitions" sheet: what each table measures and the secrecy rule it went through, then the
// words of the field a partner may not know.
import type { Row, Workbook, Worksheet } from 'exceljs';
import { HEADER_FILL, neutraliseCell, SHEET_FONT, TABLE_NAMES } from '../../core';
import type { ReportTables } from '../report-table';

const GLOSSARY: readonly [string, string][] = [
  [
    'MSP',
    'Maison de santé pluriprofessionnelle : équipe de professionnels libéraux autour d’un projet de santé, rémunérée par l’ACI une fois constituée en SISA.',
  ],
  ['CDS', 'Centre de santé : professionnels salariés ; catégories dentaire, infirmier, médical, polyvalent.'],
  ['CPTS', 'Communauté professionnelle territoriale de santé : étapes projet (lettre d’intention), projet de santé validé, contrat ACI signé (signataire).'],
  ['ACI', 'Accord conventionnel interprofessionnel : rémunération par points (1 point = 7 €), avance en cours d’année, solde au 30 avril N+1.'],
  ['Patientèle MT', 'Patients de 16 ans et plus ayant déclaré un médecin traitant de la structure.'],
  ['Enfants 0-16 ans', 'Enfants de 0 à 16 ans ayant eu au moins deux consultations de médecine générale dans l’année.'],
  ['File active', 'Patients distincts vus au moins une fois dans l’année.'],
  ['NS', 'Valeur non diffusée (secret statistique).'],
];

function headerRow(sheet: Worksheet, labels: readonly string[]) {
  const row = sheet.addRow([...labels]);
  row.font = { ...SHEET_FONT, bold: true, color: { argb: 'FFFFFFFF' } };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  });
}

// Excel and LibreOffice do not grow a row for wrapped text written by a library: size it here.
function fitHeight(row: Row, texts: readonly string[], widths: readonly number[]) {
  const lines = Math.max(1, ...texts.map((text, i) => Math.ceil((text.length * 1.1) / (widths[i] ?? 20))));
  row.height = 14 * lines;
}

export function addDefinitionsSheet(workbook: Workbook, tables: ReportTables): Worksheet {
  const sheet = workbook.addWorksheet('Définitions', {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const widths = [18, 38, 70, 70];
  sheet.columns = widths.map((width) => ({ width }));
  headerRow(sheet, ['Feuille', 'Tableau', 'Définition', 'Secret statistique']);
  for (const name of TABLE_NAMES) {
    const table = tables[name];
    const texts = [table.spec.sheet, table.spec.title, table.spec.definition, table.secrecy];
    const row = sheet.addRow(texts.map(neutraliseCell));
    fitHeight(row, texts, widths);
  }
  sheet.addRow([]);
  headerRow(sheet, ['Terme', 'Définition']);
  for (const [term, definition] of GLOSSARY) {
    const row = sheet.addRow([term, definition]);
    sheet.mergeCells(row.number, 2, row.number, 4);
    fitHeight(row, [term, definition], [widths[0]!, widths[1]! + widths[2]! + widths[3]!]);
  }
  sheet.eachRow((row) => {
    if (!row.font?.bold) row.font = SHEET_FONT;
    row.alignment = { vertical: 'top', wrapText: true };
  });
  return sheet;
}
