// What every slide builder needs besides its own figures.
import type PptxGenJS from 'pptxgenjs';
import type { Topology } from 'topojson-specification';
import type { StoryContext, TableName } from '../../../core';
import type { DepartmentMap } from '../../map';
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

/** A slide context with what some tables' slides draw besides their figures. */
export interface DeckContext extends SlideContext {
  /** The department map of CPTS coverage; without it, no map slide. */
  readonly map?: DepartmentMap;
  /** Maps of the territorial indicators by code; an indicator without one gets its table alone. */
  readonly programmeMaps?: ProgrammeMaps;
  /** The department shapes, for the maps drawn with the slides (centres de santé); without them, none. */
  readonly topology?: Topology;
  /** The masked tables as figures, for the headlines of the slides drawn after the tables. */
  readonly story?: StoryContext;
}

/** The map of a territorial indicator's latest period, by its code. */
export type ProgrammeMaps = ReadonlyMap<string, DepartmentMap>;

/** Definition, source and reference date, secrecy rule: the three lines under a table's figures. */
export function footnoteLines(context: SlideContext, name: TableName, reference?: string): string[] {
  // `reference` replaces the table's date when the figures have periods of their own.
  const table = context.tables[name];
  return [`Définition : ${table.spec.definition}`, sourceLine(name, context.run, context.scope, reference), table.secrecy];
}
