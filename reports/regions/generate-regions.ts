// `npm run report -- --regions toutes|11,76,84`: one report per region, each in `<out>/<code>/`,
// and France by region in `<out>/france/`, from one reading of the run (and, for partners, one
// audit of the release's masks), then `<out>/index.csv` and `<out>/index.html`. A region that fails
// is said with its reason and does not stop the others: their files are kept and listed.
import path from 'node:path';
import { FRANCE_CODE, formatCount, formatDecimal, region as regionOf } from '../../core';
import { writeFileAtomic } from '../atomic-write';
import { ReportError } from '../errors';
import { generateReport, type ReportEffects, type ReportResult, readRun } from '../generate-report';
import type { ReportOptions } from '../options';
import { prepareOutputDir } from '../safe-paths';
import { areaFileName, regionsInData } from '../scope';
import { type IndexedFile, indexCsv, indexHtml } from './index-files';
import { type ALL_REGIONS, selectRegions } from './select-regions';

export interface RegionFailure {
  readonly code: string;
  readonly name: string;
  readonly reason: string;
}

export interface RegionsResult {
  readonly reports: readonly ReportResult[];
  readonly failed: readonly RegionFailure[];
  readonly index: { readonly csv: string; readonly html: string };
}

const reasonOf = (error: unknown) => (error instanceof ReportError ? error.message.split('\n\n')[0]! : error instanceof Error ? error.message : String(error));

export async function generateRegionReports(
  options: ReportOptions & { readonly regions: typeof ALL_REGIONS | readonly string[] },
  effects: Partial<ReportEffects> = {},
): Promise<RegionsResult> {
  const log = effects.log ?? (() => {});
  const read = await readRun(options.from);
  const codes = selectRegions(options.regions, regionsInData(read.source.tables));
  const out = await prepareOutputDir(options.out, read.from);
  const reports: ReportResult[] = [];
  const failed: RegionFailure[] = [];
  // The first region's line waits for the release's masks: on the whole of France, minutes.
  if (options.secret !== undefined && options.secret > 1)
    log(`  secret statistique (seuil ${options.secret}) : masques de toute la diffusion établis, ou relus et audités, avec la première région`);
  for (const code of codes) {
    const name = regionOf(code)?.nom ?? 'France par région';
    const started = performance.now();
    try {
      // Each region's own lines stay quiet: one line a region says how it went.
      const report = await generateReport({ ...options, region: code, out: path.join(out, areaFileName(code)) }, { ...effects, log: () => {} }, read);
      reports.push(report);
      log(`  ${code} ${name} : ${formatDecimal((performance.now() - started) / 1000)} s`);
    } catch (error) {
      failed.push({ code, name, reason: reasonOf(error) });
      log(`  ${code} ${name} : échec – ${reasonOf(error)}`);
    }
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
  await writeFileAtomic(index.csv, indexCsv(files, run));
  await writeFileAtomic(index.html, indexHtml(files, run, failed));
  const regions = reports.filter((report) => report.scope.region !== FRANCE_CODE).length;
  const france = reports.length > regions ? ' et la France par région' : '';
  log(
    `${formatCount(regions, 'région produite', 'régions produites')}${france}${failed.length > 0 ? `, ${failed.length} en échec : ${failed.map((f) => f.code).join(', ')}` : ''} ; index : ${index.html}`,
  );
  return { reports, failed, index };
}
