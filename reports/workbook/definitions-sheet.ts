// The "Définitions" sheet: what each table measures and the secrecy rule it went through, then the
// words of the field a partner may not know.
import type { Workbook, Worksheet } from 'exceljs';
import { neutraliseCell } from '../../pipeline/format';
import type { ReportTables } from '../report-table';
import { HEADER_FILL, SHEET_NAMES } from './table-sheet';
import { TABLE_NAMES } from '../../pipeline/schema';

const GLOSSARY: readonly [string, string][] = [
  ['MSP', 'Maison de santé pluriprofessionnelle : équipe de professionnels libéraux autour d’un projet de santé, rémunérée par l’ACI une fois constituée en SISA.'],
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
  row.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  });
}

export function addDefinitionsSheet(workbook: Workbook, tables: ReportTables): Worksheet {
  const sheet = workbook.addWorksheet('Définitions', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [{ width: 20 }, { width: 42 }, { width: 90 }, { width: 90 }];
  headerRow(sheet, ['Feuille', 'Tableau', 'Définition', 'Secret statistique']);
  for (const name of TABLE_NAMES) {
    const table = tables[name];
    sheet.addRow([SHEET_NAMES[name], table.spec.title, table.spec.definition, table.secrecy].map(neutraliseCell));
  }
  sheet.addRow([]);
  headerRow(sheet, ['Terme', 'Définition']);
  for (const [term, definition] of GLOSSARY) sheet.addRow([term, definition]);
  sheet.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
  return sheet;
}
