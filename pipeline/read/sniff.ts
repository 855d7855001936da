// Delimiter sniffing on the first lines: the delimiter is the candidate that splits the header and
// the first records into the same number of fields, more than one.

export const DELIMITERS = [';', ',', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Fields per record for `delimiter` in `sample`, quote-aware; the last, maybe cut, record is dropped. */
function fieldCounts(sample: string, delimiter: string, maxRecords: number): number[] {
  const counts: number[] = [];
  let fields = 1;
  let inQuotes = false;
  let atFieldStart = true;
  let recordHasContent = false;
  for (let i = 0; i < sample.length && counts.length < maxRecords; i++) {
    const char = sample[i]!;
    if (inQuotes) {
      if (char === '"') {
        if (sample[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (char === '"' && atFieldStart) {
      inQuotes = true;
      atFieldStart = false;
      recordHasContent = true;
    } else if (char === delimiter) {
      fields++;
      atFieldStart = true;
      recordHasContent = true;
    } else if (char === '\n') {
      if (recordHasContent) counts.push(fields);
      fields = 1;
      atFieldStart = true;
      recordHasContent = false;
    } else if (char !== '\r') {
      atFieldStart = false;
      recordHasContent = true;
    }
  }
  return counts;
}

/** The delimiter of a CSV text sample, or undefined when no candidate splits it consistently. */
export function sniffDelimiter(sample: string, maxRecords = 50): Delimiter | undefined {
  let best: { delimiter: Delimiter; fields: number; agreeing: number } | undefined;
  for (const delimiter of DELIMITERS) {
    const counts = fieldCounts(sample, delimiter, maxRecords);
    const header = counts[0];
    if (header === undefined) {
      // A single line with no line break yet: judge it alone.
      const single = sample.split(delimiter).length;
      if (single > 1 && (!best || single > best.fields)) best = { delimiter, fields: single, agreeing: 1 };
      continue;
    }
    if (header < 2) continue;
    const agreeing = counts.filter((count) => count === header).length;
    if (!best || agreeing > best.agreeing || (agreeing === best.agreeing && header > best.fields)) {
      best = { delimiter, fields: header, agreeing };
    }
  }
  return best?.delimiter;
}
