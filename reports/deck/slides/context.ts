// What every slide builder needs besides its own figures.
import type PptxGenJS from 'pptxgenjs';
import type { TableName } from '../../../pipeline/schema';
import { sourceLine } from '../../provenance';
import type { ReportTables } from '../../report-table';
import type { ReportScope } from '../../scope';
import type { RunInfo } from '../../source';

export interface SlideContext {
  readonly pptx: PptxGenJS;
  readonly tables: ReportTables;
  readonly run: RunInfo;
  readonly scope: ReportScope;
}

/** Definition, source and reference date, secrecy rule: the three lines under a table's figures. */
export function footnoteLines(context: SlideContext, name: TableName): string[] {
  const table = context.tables[name];
  return [`Définition : ${table.spec.definition}`, sourceLine(name, context.run, context.scope), table.secrecy];
}
