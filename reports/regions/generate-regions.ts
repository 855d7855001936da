// `npm run report -- --regions toutes|11,76,84`: one report per region, each in `<out>/<code>/`,
// and France by region in `<out>/france/`, then `<out>/index.csv` and `<out>/index.html`. Regions
// are shared by two threads, each taking the next as it finishes one; each thread reads the run
// once, and a partner batch's masks are decided or audited once, with its first region (the second
// thread finds them in the register, vouched by its stamp). A region that fails is said with its
// reason and does not stop the others: their files are kept and listed.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { FRANCE_CODE, formatCount, formatDecimal, REGIONS } from '../../core';
import { processingDate } from '../../pipeline';
import { writeFileAtomic } from '../atomic-write';
import { refuseOtherVersion } from '../diffusion';
import { type ReportEffects, type ReportResult, readRun } from '../generate-report';
import type { ReportOptions } from '../options';
import { prepareOutputDir } from '../safe-paths';
import { areaFileName, regionsInData, resolveScope } from '../scope';
import { sharedCounter, takeNext, twoCores } from '../worker-thread';
import { earlierFiles, type IndexedFile, indexCsv, indexHtml } from './index-files';
import { type RegionOutcome, regionReport } from './region-report';
import { onRegionThread } from './region-thread';
import type { RegionJob } from './region-worker';
import { type ALL_REGIONS, byAreaCode, selectRegions } from './select-regions';

export interface RegionFailure {
  readonly code: string;
  readonly name: string;
  readonly reason: string;
  /** The error's stack, for --debug. */
  readonly trace?: string;
}

export interface RegionsResult {
  readonly reports: readonly ReportResult[];
  readonly failed: readonly RegionFailure[];
  readonly index: { readonly csv: string; readonly html: string };
}

export async function generateRegionReports(
  options: ReportOptions & { readonly regions: typeof ALL_REGIONS | readonly string[] },
  effects: Partial<ReportEffects> = {},
): Promise<RegionsResult> {
  const log = effects.log ?? (() => {});
  const read = await readRun(options.from);
  const codes = selectRegions(options.regions, regionsInData(read.source.tables));
  // A region or a year the data cannot give is refused before anything is written, once.
  for (const code of codes) {
    resolveScope(read.source.tables, read.source.run, { region: code, ...(options.year === undefined ? {} : { year: options.year }), inBatch: true });
  }
  const out = await prepareOutputDir(options.out, read.from);
  // Every area folder of the batch's, not only those it writes: its index would list one version
  // among the other's files.
  const areaFolders = new Set([...REGIONS.map((region) => region.code), FRANCE_CODE].map(areaFileName));
  const areas = new Set([...codes.map(areaFileName), ...(await readdir(out)).filter((name) => areaFolders.has(name))]);
  for (const folder of ['', ...[...areas].sort()]) await refuseOtherVersion(path.join(out, folder), options.secret);
  // One production time for the batch: both threads date their files alike.
  const producedAt = (effects.now ?? processingDate)();
  const { regions: _, ...single } = options;
  const outcomes = new Map<string, RegionOutcome>();
  const said = (outcome: RegionOutcome) => {
    outcomes.set(outcome.code, outcome);
    const how = 'report' in outcome ? `${formatDecimal(outcome.seconds)} s` : `échec – ${outcome.reason}`;
    log(`  ${outcome.code} ${outcome.name} : ${how}`);
  };
  const here = async (code: string) => said(await regionReport(code, single, out, read, { ...effects, now: () => producedAt }));
  const job: RegionJob = {
    options: { ...single, from: read.from },
    generatedAt: read.source.run.generatedAt,
    out,
    order: codes,
    taken: sharedCounter(),
    producedAt: producedAt.toISOString(),
    ...(effects.topologyFile ? { topologyFile: effects.topologyFile } : {}),
  };
  let second: Promise<void> | undefined;
  const startSecond = () => {
    if (second || !twoCores() || codes.length < 2) return;
    second = onRegionThread(job, said, (why) => log(`  second fil de calcul arrêté (${why}) : ses régions restantes sont faites sur le premier`));
  };
  // The first region of a partner batch establishes the release's masks, or reads and audits them,
  // on both cores; the second thread then finds them in the release's register.
  const partner = options.secret !== undefined;
  if (partner && options.secret! > 1)
    log(`  secret statistique (seuil ${options.secret}) : masques de toute la diffusion établis, ou relus et audités, avec la première région`);
  else startSecond();
  for (let code = takeNext(codes, job.taken); code !== undefined; code = takeNext(codes, job.taken)) {
    await here(code);
    if (partner && 'report' in outcomes.get(code)!) startSecond();
  }
  await second;
  // Taken by a second thread that stopped before saying how they went.
  for (const code of codes) if (!outcomes.has(code)) await here(code);
  const reports: ReportResult[] = [];
  const failed: RegionFailure[] = [];
  for (const code of codes) {
    const outcome = outcomes.get(code)!;
    if ('report' in outcome) reports.push(outcome.report);
    else failed.push({ code, name: outcome.name, reason: outcome.reason, ...(outcome.trace ? { trace: outcome.trace } : {}) });
  }
  const variant = options.secret ? `diffusion secret ${options.secret}` : 'interne';
  const relative = (file: string) => path.relative(out, file).split(path.sep).join('/');
  const files: IndexedFile[] = reports.flatMap((report) => {
    const base = { region: report.scope.region, regionName: report.scope.regionName, year: report.scope.year, variant };
    return [
      { ...base, kind: 'diaporama', file: relative(report.deck) },
      { ...base, kind: 'classeur', file: relative(report.workbook) },
      ...report.csv.map((csv) => ({ ...base, kind: 'CSV', file: relative(csv) })),
    ];
  });
  const run = { from: read.from, generatedAt: read.source.run.generatedAt };
  const index = { csv: path.join(out, 'index.csv'), html: path.join(out, 'index.html') };
  // The regions of an earlier batch of this run into this folder stay listed, in the regions' order.
  const earlier = await earlierFiles(out, run, variant, new Set(codes));
  const listed = [...earlier, ...files].sort((a, b) => byAreaCode(a.region, b.region));
  await writeFileAtomic(index.csv, indexCsv(listed, run));
  await writeFileAtomic(index.html, indexHtml(listed, run, failed));
  const regions = reports.filter((report) => report.scope.region !== FRANCE_CODE).length;
  const france = reports.length > regions ? ' et la France par région' : '';
  log(
    `${formatCount(regions, 'région produite', 'régions produites')}${france}${failed.length > 0 ? `, ${failed.length} en échec : ${failed.map((f) => f.code).join(', ')}` : ''} ; index : ${index.html}`,
  );
  return { reports, failed, index };
}
