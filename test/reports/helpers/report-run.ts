// Generates a report from a pipeline run into a fresh folder, the way `npm run report` does.
import path from 'node:path';
import type { PublishedTables, ReleaseMasks } from '../../../core';
import {
  buildReportTables,
  generateReport,
  partnerMasks,
  type ReportOptions,
  type ReportResult,
  type ReportTables,
  readReportSource,
  resolveScope,
} from '../../../reports';
import type { PipelineRun } from './pipeline-run';

/** The report's own production time, fixed so provenance lines are predictable. */
export const PRODUCED_AT = new Date('2024-06-04T07:30:00Z');

export async function reportFrom(run: PipelineRun, folder: string, options: Partial<ReportOptions> = {}): Promise<ReportResult> {
  return generateReport({ from: run.out, out: path.join(run.root, folder), ...options }, { now: () => PRODUCED_AT });
}

/** U+202F and U+00A0 as plain spaces: what a reader sees, whichever space a tool wrote. */
export function plainSpaces(text: string): string {
  return text.replace(/[\u202f\u00a0]/g, ' ');
}

/** A partner report's tables at `threshold`: its release's masks (every table, full precision), its region's rows. */
export async function partnerReportTables(out: string, threshold: number): Promise<{ published: PublishedTables; masks: ReleaseMasks; report: ReportTables }> {
  const { tables: published, run } = await readReportSource(out);
  const masks = await partnerMasks(published, threshold);
  return { published, masks, report: buildReportTables(published, resolveScope(published, run, {}), { threshold, masks }) };
}
