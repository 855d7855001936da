// npm run bench -- [--scales national,stress] [--runs 3] [--seed <n>] [--profile] [--controls] [--chain] [--no-doc]
// (--controls also times each pipeline run without the cross-checks, to give what they cost;
// --chain, at the national scale, the whole national chain once: bench/national-chain.ts.)
//
// For each scale: generate the exports (or reuse them), then time in the same run, alternately, the
// whole pipeline (`node --import tsx pipeline/cli.ts`, what `npm run pipeline` runs) and the
// baseline (DuckDB's read_csv of the same files into tables), each in its own process so that peak
// memory is its own. Medians of --runs runs; figures go to the console and to docs/performance.md.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { formatDecimal, formatInteger } from '../core';
import { DEFAULT_SEED, isScaleName, type ScaleName } from '../data/generate';
import { hotspots } from './cpu-profile';
import { type BenchInputs, prepareInputs } from './inputs';
import { type Measurement, measure, median, stepDurations } from './measure';
import { type ChainStep, measureChain } from './national-chain';
import { measureReports, type ReportTimes, secrecyRatio } from './partner-report';
import { updatePerformanceDoc } from './performance-doc';

const ROOT = path.resolve(import.meta.dirname, '..');
const PIPELINE_CLI = 'pipeline/cli.ts';
const TARGETS = { nationalRatio: 2.5, stressRatio: 2, stressRss: 1024 ** 3, partnerRatio: 1.5, chainRatio: 30 };

interface ScaleResult {
  readonly inputs: BenchInputs;
  readonly pipeline: readonly Measurement[] | null;
  readonly baseline: readonly Measurement[];
  readonly rejected: number | null;
  /** Planted rows the pipeline kept, and rejected rows that were not planted (`file:line`). */
  readonly unexpected: { readonly missed: readonly string[]; readonly extra: readonly string[] } | null;
  /** National scale: one region's report, internal and for partners. */
  readonly reports: ReportTimes | null;
  /** National scale with --chain: the steps after the pipeline. */
  readonly chain: readonly ChainStep[] | null;
}

/** Compares the last run's rejects.csv with the planted rows, by file and physical line. */
function compareRejects(outDir: string, inputs: BenchInputs): { missed: string[]; extra: string[] } {
  const rows = Papa.parse<{ file: string; line: string }>(readFileSync(path.join(outDir, 'rejects.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const rejected = new Set(rows.map((row) => `${row.file}:${row.line}`));
  const planted = new Set(inputs.summary.planted.map((row) => `${row.file}:${row.line}`));
  return { missed: [...planted].filter((key) => !rejected.has(key)), extra: [...rejected].filter((key) => !planted.has(key)) };
}

async function runScale(
  scale: ScaleName,
  runs: number,
  seed: number,
  benchDir: string,
  profile: boolean,
  controls = false,
  chain = false,
): Promise<ScaleResult> {
  const log = (text: string) => process.stderr.write(`[${scale}] ${text}\n`);
  log('préparation des exports…');
  const inputs = await prepareInputs(scale, seed, benchDir);
  log(
    inputs.generation
      ? `${formatInteger(inputs.summary.rows)} lignes générées en ${seconds(inputs.generation.seconds)} (RSS max ${mebibytes(inputs.generation.maxRss)})`
      : `${formatInteger(inputs.summary.rows)} lignes réutilisées (même graine, même générateur)`,
  );
  const scaleDir = path.join(benchDir, scale);
  const outDir = path.join(scaleDir, 'pipeline-out');
  const database = path.join(scaleDir, 'baseline.duckdb');
  const hasPipeline = existsSync(path.join(ROOT, PIPELINE_CLI));
  if (!hasPipeline) log(`${PIPELINE_CLI} absent : seule la référence DuckDB est mesurée`);

  const pipeline: Measurement[] = [];
  const withoutControls: Measurement[] = [];
  const baseline: Measurement[] = [];
  let rejected: number | null = null;
  for (let run = 1; run <= runs; run++) {
    if (hasPipeline) {
      rmSync(outDir, { recursive: true, force: true });
      const m = await measure(PIPELINE_CLI, ['--input', inputs.inputDir, '--out', outDir], { cwd: ROOT });
      pipeline.push(m);
      rejected = (JSON.parse(readFileSync(path.join(outDir, 'run.json'), 'utf8')) as { rejected: number }).rejected;
      log(`pipeline ${run}/${runs} : ${seconds(m.seconds)}, RSS max ${mebibytes(m.maxRss)}`);
      if (controls) {
        // The same run without the cross-checks (CPR_CONTROLS=off, pipeline/run.ts): what they cost.
        rmSync(outDir, { recursive: true, force: true });
        const bare = await measure(PIPELINE_CLI, ['--input', inputs.inputDir, '--out', outDir], { cwd: ROOT, env: { ...process.env, CPR_CONTROLS: 'off' } });
        withoutControls.push(bare);
        log(`pipeline sans contrôles ${run}/${runs} : ${seconds(bare.seconds)}`);
      }
    }
    rmSync(database, { force: true });
    rmSync(`${database}.wal`, { force: true });
    const m = await measure('bench/baseline.ts', [database, ...inputs.baselineFiles], { cwd: ROOT });
    const loaded = (JSON.parse(m.stdout) as { tables: { rows: number }[] }).tables.reduce((sum, t) => sum + t.rows, 0);
    if (loaded !== inputs.summary.rows) throw new Error(`DuckDB loaded ${loaded} rows, the generator wrote ${inputs.summary.rows}`);
    baseline.push(m);
    log(`DuckDB read_csv ${run}/${runs} : ${seconds(m.seconds)}, RSS max ${mebibytes(m.maxRss)}`);
    if (profile) {
      const { tables } = JSON.parse(m.stdout) as { tables: { file: string; rows: number; seconds: number }[] };
      for (const table of tables) process.stderr.write(`    ${seconds(table.seconds).padStart(9)}  read_csv ${table.file}\n`);
    }
  }
  if (pipeline.length > 0) {
    // The run closest to the median: where its time went, step by step, from its own progress lines.
    const middle = median(pipeline.map((m) => m.seconds));
    const typical = pipeline.reduce((best, m) => (Math.abs(m.seconds - middle) < Math.abs(best.seconds - middle) ? m : best));
    const first = typical.timeline[0]?.at ?? 0;
    log(`lignes de progression du pipeline (exécution médiane ; ${seconds(first)} avant la première : démarrage de Node, tsx, lecture du premier fichier) :`);
    log('    à        jusqu’à la suivante');
    for (const { at, step, seconds: s } of stepDurations(typical, (text) => /^(…|lu )/.test(text))) {
      process.stderr.write(`    ${seconds(at).padStart(9)}  ${seconds(s).padStart(9)}  ${step}\n`);
    }
  }
  if (withoutControls.length > 0) {
    const withThem = median(pipeline.map((m) => m.seconds));
    const without = median(withoutControls.map((m) => m.seconds));
    log(
      `contrôles croisés : pipeline ${seconds(withThem)} avec, ${seconds(without)} sans (médianes), soit ${formatDecimal(100 * (withThem / without - 1), 1)} %`,
    );
    // Within each run, the controls' own step (from its progress line to the next): a share that a
    // loaded machine slows down like the rest of the run.
    const shares = pipeline
      .map((m) => {
        const step = stepDurations(m, (text) => /^(…|lu )/.test(text)).find((s) => s.step.includes('contrôles croisés'));
        return step ? step.seconds / m.seconds : null;
      })
      .filter((share): share is number => share !== null);
    if (shares.length > 0) {
      log(
        `étape « contrôles croisés » : ${shares.map((share) => `${formatDecimal(100 * share, 1)} %`).join(' ; ')} de chaque exécution (médiane ${formatDecimal(100 * median(shares), 1)} %)`,
      );
    }
  }
  let unexpected: ScaleResult['unexpected'] = null;
  if (hasPipeline && runs > 0) {
    unexpected = compareRejects(outDir, inputs);
    if (rejected !== inputs.summary.planted.length || unexpected.missed.length > 0 || unexpected.extra.length > 0) {
      log(`ATTENTION : le pipeline a rejeté ${rejected} lignes, ${inputs.summary.planted.length} étaient plantées`);
      if (unexpected.missed.length > 0) log(`  plantées mais gardées : ${unexpected.missed.join(', ')}`);
      if (unexpected.extra.length > 0) log(`  rejetées sans être plantées : ${unexpected.extra.slice(0, 10).join(', ')}`);
    } else {
      log(`lignes rejetées : exactement les ${rejected} lignes plantées (fichier et ligne)`);
    }
  }
  if (profile && hasPipeline) {
    const profileDir = path.join(scaleDir, 'profile');
    rmSync(profileDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
    // CPR_PROFILE makes the pipeline log each SQL statement with its duration (pipeline/run.ts).
    const traced = await measure(PIPELINE_CLI, ['--input', inputs.inputDir, '--out', outDir], {
      cwd: ROOT,
      env: { ...process.env, CPR_PROFILE: '1' },
      nodeOptions: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
    });
    const statements = traced.timeline
      .map((line) => /^(\d+\.\d+) s {2}(.*)$/.exec(line.text))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => ({ seconds: Number(match[1]), sql: match[2]! }));
    if (statements.length > 0) {
      const total = statements.reduce((sum, statement) => sum + statement.seconds, 0);
      log(`instructions SQL : ${seconds(total)} sur ${seconds(traced.seconds)} d’exécution ; les plus longues :`);
      for (const statement of [...statements].sort((a, b) => b.seconds - a.seconds).slice(0, 15)) {
        process.stderr.write(`    ${seconds(statement.seconds).padStart(9)}  ${statement.sql.slice(0, 110)}\n`);
      }
    }
    const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
    if (file) {
      log(`profil CPU du fil JavaScript (${path.join(profileDir, file)}), temps propre ; « (idle) » = attente de DuckDB ou des fichiers :`);
      for (const spot of hotspots(path.join(profileDir, file))) {
        process.stderr.write(`    ${formatInteger(spot.milliseconds).padStart(8)} ms ${formatDecimal(spot.share * 100).padStart(5)} %  ${spot.name}\n`);
      }
    }
  }
  // The national output serves one region's reports: what masking and its audit cost.
  const reports = scale === 'national' && hasPipeline ? await measureReports(outDir, scaleDir, runs, ROOT, log) : null;
  const steps = scale === 'national' && hasPipeline && chain ? await measureChain(outDir, scaleDir, ROOT, log) : null;
  return { inputs, pipeline: hasPipeline ? pipeline : null, baseline, rejected, unexpected, reports, chain: steps };
}

const seconds = (value: number) => `${formatDecimal(value, 2)} s`;
const mebibytes = (bytes: number | null) => (bytes === null ? 'n.d.' : `${formatInteger(bytes / 1024 ** 2)} Mio`);
const rate = (rows: number, s: number) => `${formatInteger(rows / s)}`;

function resultsTable(results: readonly ScaleResult[]): string {
  const header = '| Échelle | Lignes | Pipeline | Lignes/s | RSS max | DuckDB read_csv | Lignes/s | RSS max | Rapport |';
  const rule = '|---|--:|--:|--:|--:|--:|--:|--:|--:|';
  const lines = results.map(({ inputs, pipeline, baseline }) => {
    const rows = inputs.summary.rows;
    const b = median(baseline.map((m) => m.seconds));
    const bRss = maxOrNull(baseline);
    const p = pipeline ? median(pipeline.map((m) => m.seconds)) : null;
    const pRss = pipeline ? maxOrNull(pipeline) : null;
    return [
      inputs.scale,
      formatInteger(rows),
      p === null ? '–' : seconds(p),
      p === null ? '–' : rate(rows, p),
      p === null ? '–' : mebibytes(pRss),
      seconds(b),
      rate(rows, b),
      mebibytes(bRss),
      p === null ? '–' : formatDecimal(p / b, 2),
    ].join(' | ');
  });
  return [header, rule, ...lines.map((line) => `| ${line} |`)].join('\n');
}

function maxOrNull(measurements: readonly Measurement[]): number | null {
  const values = measurements.map((m) => m.maxRss).filter((v): v is number => v !== null);
  return values.length > 0 ? Math.max(...values) : null;
}

function verdicts(results: readonly ScaleResult[]): string[] {
  const lines: string[] = [];
  const check = (ok: boolean) => (ok ? 'atteint' : 'NON ATTEINT');
  for (const { inputs, pipeline, baseline, rejected, unexpected, reports, chain } of results) {
    if (reports) {
      const partner = median(reports.partner.map((m) => m.seconds));
      const ratio = secrecyRatio(reports);
      lines.push(
        `- national, rapport de la région ${reports.region} pour les partenaires (--secret 11) : ${seconds(partner)}, ` +
          `${formatDecimal(ratio, 2)} fois le rapport interne de la même région (${seconds(median(reports.internal.map((m) => m.seconds)))}), ` +
          `≤ ${formatDecimal(TARGETS.partnerRatio, 1)} : ${check(ratio <= TARGETS.partnerRatio)} ; RSS max ${mebibytes(maxOrNull(reports.partner))}`,
      );
      // Not the target: the first report of a release decides the masks of all of France.
      const later = median(reports.later.map((m) => m.seconds));
      lines.push(
        `  (un rapport partenaires suivant de la même diffusion, masques relus du registre : ${seconds(later)}, ` +
          `${formatDecimal(later / median(reports.internal.map((m) => m.seconds)), 2)} fois le rapport interne)`,
      );
    }
    if (chain && pipeline) {
      const total = median(pipeline.map((m) => m.seconds)) + chain.reduce((sum, step) => sum + step.seconds, 0);
      const ratio = total / median(baseline.map((m) => m.seconds));
      lines.push(
        `- chaîne nationale (pipeline, ${chain.map((step) => `${step.label} ${seconds(step.seconds)}`).join(', ')}) : ${seconds(total)}, ` +
          `${formatDecimal(ratio, 1)} fois le read_csv, ≤ ${TARGETS.chainRatio} : ${check(ratio <= TARGETS.chainRatio)}`,
      );
    }
    if (!pipeline) continue;
    const planted = inputs.summary.planted.length;
    const exact = rejected === planted && unexpected !== null && unexpected.missed.length + unexpected.extra.length === 0;
    lines.push(`- ${inputs.scale}, lignes rejetées = les ${planted} lignes plantées : ${exact ? 'oui' : `NON (${rejected} rejetées)`}`);
    const p = median(pipeline.map((m) => m.seconds));
    if (inputs.scale === 'national') {
      const ratio = p / median(baseline.map((m) => m.seconds));
      lines.push(
        `- national, rapport au read_csv de DuckDB ≤ ${formatDecimal(TARGETS.nationalRatio, 1)} : ${formatDecimal(ratio, 2)}, ${check(ratio <= TARGETS.nationalRatio)}`,
      );
    }
    if (inputs.scale === 'stress') {
      const ratio = p / median(baseline.map((m) => m.seconds));
      const rss = maxOrNull(pipeline);
      lines.push(`- stress, rapport au read_csv de DuckDB ≤ ${TARGETS.stressRatio} : ${formatDecimal(ratio, 2)}, ${check(ratio <= TARGETS.stressRatio)}`);
      lines.push(`- stress, RSS max < 1 Gio : ${mebibytes(rss)}, ${rss === null ? 'non mesuré' : check(rss < TARGETS.stressRss)}`);
    }
  }
  return lines;
}

function runsDetail(results: readonly ScaleResult[]): string[] {
  return results.flatMap(({ inputs, pipeline, baseline }) => [
    ...(pipeline ? [`- ${inputs.scale}, pipeline : ${pipeline.map((m) => seconds(m.seconds)).join(' ; ')}`] : []),
    `- ${inputs.scale}, DuckDB read_csv : ${baseline.map((m) => seconds(m.seconds)).join(' ; ')}`,
  ]);
}

async function duckdbVersion(): Promise<string> {
  const require = (await import('node:module')).createRequire(import.meta.url);
  return (require('@duckdb/node-api/package.json') as { version: string }).version;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scales: { type: 'string', default: 'national,stress' },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      dir: { type: 'string', default: path.join(ROOT, 'out/bench') },
      profile: { type: 'boolean', default: false },
      controls: { type: 'boolean', default: false },
      chain: { type: 'boolean', default: false },
      'no-doc': { type: 'boolean', default: false },
    },
  });
  const scales = values.scales!.split(',').map((s) => s.trim());
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  for (const scale of scales) if (!isScaleName(scale)) throw new Error(`échelle inconnue : ${scale}`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs doit être un entier ≥ 1 : ${values.runs}`);
  mkdirSync(values.dir!, { recursive: true });

  const results: ScaleResult[] = [];
  for (const scale of scales as ScaleName[]) results.push(await runScale(scale, runs, seed, values.dir!, values.profile!, values.controls!, values.chain!));

  const cpu = os.cpus();
  const context =
    `Mesuré le ${new Date().toISOString().slice(0, 10)} sur ${cpu[0]?.model ?? 'processeur inconnu'} (${cpu.length} cœurs), ` +
    `Node ${process.version}, DuckDB (@duckdb/node-api) ${await duckdbVersion()} ; médiane de ${runs} exécutions, graine ${seed}. ` +
    'Temps de bout en bout de chaque processus (démarrage de Node et de tsx compris), RSS max rapporté par le processus à sa sortie.';
  const report = [context, '', resultsTable(results), '', 'Objectifs :', ...verdicts(results), '', 'Exécutions :', ...runsDetail(results)].join('\n');
  process.stdout.write(`\n${report}\n`);
  const complete = scales.includes('national') && scales.includes('stress');
  if (!values['no-doc'] && complete) {
    updatePerformanceDoc(path.join(ROOT, 'docs/performance.md'), report);
    process.stderr.write('\nchiffres écrits dans docs/performance.md\n');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
