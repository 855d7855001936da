// What statistical secrecy costs: one region's report from the national pipeline output, internal
// (nothing masked) and for partners (`--secret 11`: masking, audit), timed alternately in the same
// run so that the ratio holds on a shared, noisy machine.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { type Measurement, measure, median } from './measure';

export const SECRET_REGION = '76';
const SECRET = '11';
const REPORT_CLI = 'reports/cli.ts';

export interface ReportTimes {
  readonly region: string;
  readonly internal: readonly Measurement[];
  readonly partner: readonly Measurement[];
  /** A second partner report of the same release: masks read from the register, vouched by its stamp. */
  readonly later: readonly Measurement[];
}

export async function measureReports(pipelineOut: string, workDir: string, runs: number, root: string, log: (text: string) => void): Promise<ReportTimes> {
  const internal: Measurement[] = [];
  const partner: Measurement[] = [];
  const later: Measurement[] = [];
  const out = path.join(workDir, 'report-out');
  for (let run = 1; run <= runs; run++) {
    for (const [list, extra] of [
      [internal, []],
      [partner, ['--secret', SECRET]],
    ] as const) {
      rmSync(out, { recursive: true, force: true });
      // Each partner report is the first output of its release: it decides the masks of every
      // table (a later one reuses them from the register and only audits them again).
      rmSync(path.join(pipelineOut, 'diffusions.json'), { force: true });
      const m = await measure(REPORT_CLI, ['--from', pipelineOut, '--out', out, '--region', SECRET_REGION, ...extra], { cwd: root });
      list.push(m);
      log(`rapport ${extra.length > 0 ? `partenaires (--secret ${SECRET})` : 'interne'} ${run}/${runs} : ${m.seconds.toFixed(2).replace('.', ',')} s`);
    }
    rmSync(out, { recursive: true, force: true });
    const again = await measure(REPORT_CLI, ['--from', pipelineOut, '--out', out, '--region', SECRET_REGION, '--secret', SECRET], { cwd: root });
    later.push(again);
    log(`rapport partenaires suivant de la même diffusion ${run}/${runs} : ${again.seconds.toFixed(2).replace('.', ',')} s`);
  }
  rmSync(out, { recursive: true, force: true });
  rmSync(path.join(pipelineOut, 'diffusions.json'), { force: true });
  return { region: SECRET_REGION, internal, partner, later };
}

/** The ratio of the medians: partner report over internal report of the same region. */
export function secrecyRatio(times: ReportTimes): number {
  return median(times.partner.map((m) => m.seconds)) / median(times.internal.map((m) => m.seconds));
}
