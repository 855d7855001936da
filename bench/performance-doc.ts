// Writes the measured figures into docs/performance.md between two markers, leaving the prose around
// them as the developers wrote it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

export function updatePerformanceDoc(file: string, results: string): void {
  const block = `${START}\n${results.trim()}\n${END}`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : `# Performance\n\n${START}\n${END}\n`;
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  const updated = start >= 0 && end > start ? `${text.slice(0, start)}${block}${text.slice(end + END.length)}` : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, updated);
}
