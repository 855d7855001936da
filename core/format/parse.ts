// A number as people write it in French (`13 295 968,61 €`, `57,5 %`, `1 448`), back to a value,
// with the number of decimals shown: what a figure typed from a slide can be compared to.
// Browser-safe.

export interface WrittenNumber {
  readonly value: number;
  /** Digits after the decimal separator, as written (0 for `1 448`). */
  readonly decimals: number;
}

// Thousands may be grouped by a space, U+00A0 or U+202F; a sign may be -, U+2212 or +.
const WRITTEN = /^([+\-\u2212]?)(\d{1,3}(?:[ \u00a0\u202f]?\d{3})*|\d+)(?:[,.](\d+))?$/;

/** The number, or undefined when the text does not read as one. */
export function parseWrittenNumber(text: string): WrittenNumber | undefined {
  const bare = text
    .trim()
    .replace(/\s*[€%]$/u, '')
    .replace(/\s*pts?$/u, '')
    .trim();
  // A space typed after the decimal comma ("70 153, 70€" in the June 2024 deck) is a slip, not a group.
  const match = WRITTEN.exec(bare.replace(/,[ \u00a0\u202f]+(?=\d+$)/u, ','));
  if (!match) return undefined;
  const [, sign, whole, fraction = ''] = match;
  const value = Number(`${whole!.replace(/[ \u00a0\u202f]/gu, '')}.${fraction || '0'}`);
  return { value: sign === '-' || sign === '\u2212' ? -value : value, decimals: fraction.length };
}
