// The benchmark's input exports: generated once per scale and seed into out/bench/<scale>/input and
// reused while the generator's code is unchanged. DuckDB cannot read Windows-1252 (its latin-1
// reader refuses the bytes 0x80-0x9F, other encodings need a download), so the baseline reads a UTF-8
// copy of those files, made here and not timed: the pipeline, in contrast, decodes them itself.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import iconv from 'iconv-lite';
import type { GenerationSummary, ScaleName } from '../data/generate';
import { type Measurement, measure } from './measure';

export interface BenchInputs {
  readonly scale: ScaleName;
  readonly inputDir: string;
  /** The same files for DuckDB's read_csv, Windows-1252 ones as UTF-8 copies. */
  readonly baselineFiles: readonly string[];
  readonly summary: GenerationSummary;
  /** How long generating took, when it was not reused. */
  readonly generation: Measurement | null;
}

interface Stamp {
  readonly version: string;
  readonly seed: number;
  readonly summary: GenerationSummary;
}

const ROOT = path.resolve(import.meta.dirname, '..');
const GENERATOR = path.join(ROOT, 'data/generate');

/** A digest of the generator's sources: any change to them regenerates the inputs. */
function generatorVersion(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) hash.update(entry.name).update(readFileSync(full));
    }
  };
  walk(GENERATOR);
  return hash.digest('hex').slice(0, 16);
}

export async function prepareInputs(scale: ScaleName, seed: number, benchDir: string): Promise<BenchInputs> {
  const scaleDir = path.join(benchDir, scale);
  const inputDir = path.join(scaleDir, 'input');
  const baselineDir = path.join(scaleDir, 'baseline-input');
  const stampFile = path.join(scaleDir, 'generated.json');
  const version = generatorVersion();

  let generation: Measurement | null = null;
  let summary: GenerationSummary;
  const stamp = existsSync(stampFile) ? (JSON.parse(readFileSync(stampFile, 'utf8')) as Stamp) : null;
  const complete = stamp?.summary.files.every((file) => existsSync(path.join(inputDir, file.file))) ?? false;
  if (stamp && stamp.version === version && stamp.seed === seed && complete) {
    summary = stamp.summary;
  } else {
    rmSync(scaleDir, { recursive: true, force: true });
    mkdirSync(scaleDir, { recursive: true });
    const summaryFile = path.join(scaleDir, 'summary.json');
    generation = await measure('data/generate/cli.ts', ['--scale', scale, '--out', inputDir, '--seed', String(seed), '--summary', summaryFile], { cwd: ROOT });
    summary = JSON.parse(readFileSync(summaryFile, 'utf8')) as GenerationSummary;
    mkdirSync(baselineDir, { recursive: true });
    for (const file of summary.files) {
      if (file.format.encoding !== 'windows-1252') continue;
      await pipeline(
        createReadStream(path.join(inputDir, file.file)),
        iconv.decodeStream('win1252'),
        iconv.encodeStream('utf8'),
        createWriteStream(path.join(baselineDir, file.file)),
      );
    }
    writeFileSync(stampFile, `${JSON.stringify({ version, seed, summary } satisfies Stamp, null, 2)}\n`);
  }
  const baselineFiles = summary.files.map((file) => path.join(file.format.encoding === 'windows-1252' ? baselineDir : inputDir, file.file));
  return { scale, inputDir, baselineFiles, summary, generation };
}
