// Runs a TypeScript entry point in a child Node process and measures it: wall time from spawn to
// exit, and peak resident memory as the child reports it at exit (bench/peak-rss.ts, preloaded).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PEAK_RSS_MARK as MARK } from './peak-rss-mark';

export interface Measurement {
  readonly seconds: number;
  /** Peak resident set size in bytes; null if the child died before reporting it. */
  readonly maxRss: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Each stderr line with the seconds since the start at which it arrived: a run's own step log. */
  readonly timeline: readonly { readonly at: number; readonly text: string }[];
}

const PRELOAD = path.join(import.meta.dirname, 'peak-rss.ts');

/**
 * `node [nodeOptions] --import tsx --import bench/peak-rss.ts <script> [args]`, timed.
 * `nodeOptions` come first, e.g. `--cpu-prof`.
 */
export function measure(
  script: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; nodeOptions?: readonly string[] } = {},
): Promise<Measurement> {
  const argv = [...(options.nodeOptions ?? []), '--import', 'tsx', '--import', PRELOAD, script, ...args];
  const command = `node ${argv.join(' ')}`;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let pending = '';
    const timeline: { at: number; text: string }[] = [];
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      const at = (performance.now() - started) / 1000;
      const lines = (pending + chunk).split('\n');
      pending = lines.pop()!;
      for (const text of lines) if (text !== '' && !text.startsWith(MARK)) timeline.push({ at, text });
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const match = new RegExp(`${MARK}(\\d+)`).exec(stderr);
      const cleanStderr = stderr.replace(new RegExp(`\\n?${MARK}\\d+\\n?`), '');
      if (code !== 0) {
        reject(new Error(`${command} exited with ${code}:\n${cleanStderr.slice(-2000)}`));
        return;
      }
      resolve({ seconds, maxRss: match ? Number(match[1]) * 1024 : null, stdout, stderr: cleanStderr, timeline });
    });
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Time between a step line of the timeline (`… contrôle de structures`, `lu x.csv`) and the next
 * one: where a run spends its time, read from outside without touching its code.
 */
export function stepDurations(measurement: Measurement, isStep: (text: string) => boolean): { at: number; step: string; seconds: number }[] {
  const steps = measurement.timeline.filter((line) => isStep(line.text));
  return steps.map((line, i) => ({
    at: line.at,
    step: line.text.trim(),
    seconds: (steps[i + 1]?.at ?? measurement.seconds) - line.at,
  }));
}
