// `--arrete YYYY-MM-DD`: the date the stocks are counted at, checked at the edge.
import { UsageError } from './errors';

/** The ISO date itself, or a UsageError naming what is expected. */
export function parseArrete(text: string): string {
  const value = text.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.toISOString().slice(0, 10) !== value || date.getUTCFullYear() < 1990) {
    throw new UsageError(`--arrete ${text} : une date d’arrêté AAAA-MM-JJ est attendue (par exemple --arrete 2024-04-30).`);
  }
  return value;
}
