// One region of a batch, on either thread: its report in `<out>/<code>/`, or why it failed, with
// the time it took.
import path from 'node:path';
import { region as regionOf } from '../../core';
import { describeWriteFailure, unexpectedErrorSentence } from '../../pipeline';
import { ReportError } from '../errors';
import { generateReport, type ReadRun, type ReportEffects, type ReportResult } from '../generate-report';
import type { ReportOptions } from '../options';
import { prepareSubDir } from '../safe-paths';
import { areaFileName } from '../scope';

export type RegionOutcome = { readonly code: string; readonly name: string; readonly seconds: number } & (
  | { readonly report: ReportResult }
  /** `trace`: the error's stack, printed with --debug only. */
  | { readonly reason: string; readonly trace?: string }
);

/**
 * Why a region failed, in one French sentence a line of the terminal can hold: a report's error (its
 * first paragraph), a write the machine refused in `folder`, or an unexpected error.
 */
export function reasonOf(error: unknown, folder: string): string {
  if (error instanceof ReportError) return error.message.split('\n\n')[0]!;
  return describeWriteFailure(error, folder, 'les fichiers des autres régions sont produits') ?? unexpectedErrorSentence(error, `dans ${folder}`, '--debug');
}

export const traceOf = (error: unknown): string | undefined => (error instanceof Error ? error.stack : undefined);

/** `out`: the batch's folder, already prepared. */
export async function regionReport(code: string, options: ReportOptions, out: string, read: ReadRun, effects: Partial<ReportEffects>): Promise<RegionOutcome> {
  const name = regionOf(code)?.nom ?? 'France par région';
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const folder = path.join(out, areaFileName(code));
  try {
    // A real folder of the batch's, not a link to elsewhere.
    await prepareSubDir(out, read.from, areaFileName(code));
    // Each region's own lines stay quiet: one line a region says how it went.
    const report = await generateReport({ ...options, region: code, out: folder }, { ...effects, log: () => {} }, read);
    return { code, name, seconds: seconds(), report };
  } catch (error) {
    const trace = traceOf(error);
    return { code, name, seconds: seconds(), reason: reasonOf(error, folder), ...(trace ? { trace } : {}) };
  }
}
