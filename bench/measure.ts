// Runs one command as a child process and measures it from outside: wall time, and peak resident
// memory through GNU time (`%M`, which covers the child and any process it waits for).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Measurement {
  readonly seconds: number;
  /** Peak resident set size in bytes; null where /usr/bin/time is missing. */
  readonly maxRss: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Each stderr line with the seconds since the start at which it arrived: a run's own step log. */
  readonly timeline: readonly { readonly at: number; readonly text: string }[];
}

const GNU_TIME = '/usr/bin/time';
const MARK = '__bench_max_rss_kb=';

export function measure(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Measurement> {
  const timed = existsSync(GNU_TIME);
  const [file, argv] = timed ? [GNU_TIME, ['-f', `${MARK}%M`, command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
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
      for (const text of lines) if (!text.startsWith(MARK)) timeline.push({ at, text });
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const match = new RegExp(`${MARK}(\\d+)`).exec(stderr);
      const cleanStderr = stderr.replace(new RegExp(`${MARK}\\d+\\n?`), '');
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${cleanStderr.slice(-2000)}`));
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
export function stepDurations(
  measurement: Measurement,
  isStep: (text: string) => boolean,
): { at: number; step: string; seconds: number }[] {
  const steps = measurement.timeline.filter((line) => isStep(line.text));
  return steps.map((line, i) => ({
    at: line.at,
    step: line.text.trim(),
    seconds: (steps[i + 1]?.at ?? measurement.seconds) - line.at,
  }));
}
