// Levenshtein distance between two short strings (header names), for "did you mean" messages.

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** How far a header may be from a column name and still be taken for a garbled copy of it. */
export function nearTolerance(name: string): number {
  return name.length >= 8 ? 2 : name.length >= 5 ? 1 : 0;
}
