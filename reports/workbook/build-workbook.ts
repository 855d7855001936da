// The workbook of the report: one sheet per table in the deck's order, then "Évolutions",
// "Définitions" and "Provenance".
import ExcelJS from 'exceljs';
import { addTableSheet, isPartRow, TABLE_NAMES } from '../../core';
import { diffusionLabel } from '../diffusion';
import { sourceLine } from '../provenance';
import type { ReportTables } from '../report-table';
import type { ReportScope } from '../scope';
import type { RunInfo } from '../source';
import { addDefinitionsSheet } from './definitions-sheet';
import { addEvolutionsSheet } from './evolutions-sheet';
import { addProvenanceSheet } from './provenance-sheet';

export interface WorkbookInput {
  readonly tables: ReportTables;
  readonly run: RunInfo;
  readonly scope: ReportScope;
  /** ISO date-time the report is produced at. */
  readonly producedAt: string;
  /** The `--secret` threshold of a partner version, stated in the title and the provenance sheet. */
  readonly secret?: number;
}

export function buildWorkbook({ tables, run, scope, producedAt, secret }: WorkbookInput): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cpr-soins-coordonnes';
  workbook.title = `Tableaux ${scope.regionName} ${scope.year}${secret ? ` – ${diffusionLabel(secret)}` : ''}`;
  // The run's date rather than now, so two reports of one run carry the same document properties.
  workbook.created = new Date(run.generatedAt);
  workbook.modified = new Date(run.generatedAt);
  for (const name of TABLE_NAMES) {
    const table = tables[name];
    addTableSheet(workbook, table.spec, table.rows, {
      masks: table.masks,
      notes: [table.secrecy, sourceLine(name, run, scope)],
      isPart: (row) => isPartRow(scope.region, row),
    });
  }
  addEvolutionsSheet(workbook, tables, scope);
  addDefinitionsSheet(workbook, tables);
  addProvenanceSheet(workbook, run, scope, producedAt, diffusionLabel(secret));
  return workbook;
}

/** The workbook's archive, stored: reproducibleZip compresses it once, as it rewrites every entry anyway. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return new Uint8Array(buffer as ArrayBuffer);
}
