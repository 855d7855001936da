// One region of a batch, on either thread: its report in `<out>/<code>/`, or why it failed, with
// the time it took.
import path from 'node:path';
import { region as regionOf } from '../../core';
import { ReportError } from '../errors';
import { generateReport, type ReadRun, type ReportEffects, type ReportResult } from '../generate-report';
import type { ReportOptions } from '../options';
import { areaFileName } from '../scope';

export type RegionOutcome = { readonly code: string; readonly name: string; readonly seconds: number } & (
  | { readonly report: ReportResult }
  | { readonly reason: string }
);

/** The first paragraph of a report's error: one sentence a line of the terminal can hold. */
export const reasonOf = (error: unknown) =>
  error instanceof ReportError ? error.message.split('\n\n')[0]! : error instanceof Error ? error.message : String(error);

/** `out`: the batch's folder, already prepared. */
export async function regionReport(code: string, options: ReportOptions, out: string, read: ReadRun, effects: Partial<ReportEffects>): Promise<RegionOutcome> {
  const name = regionOf(code)?.nom ?? 'France par région';
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  try {
    // Each region's own lines stay quiet: one line a region says how it went.
    const report = await generateReport({ ...options, region: code, out: path.join(out, areaFileName(code)) }, { ...effects, log: () => {} }, read);
    return { code, name, seconds: seconds(), report };
  } catch (error) {
    return { code, name, seconds: seconds(), reason: reasonOf(error) };
  }
}
