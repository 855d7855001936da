// Departments ranked by a figure as a person reads it: two departments showing the same value are
// tied, so a sentence naming the lowest or the highest names every one of them (« 26,2 % (Essonne,
// Yvelines) »), and a rank of equal values is shared (ex aequo).

export interface Named {
  readonly name: string;
  readonly value: number;
}

export interface Tied {
  /** The value as shown. */
  readonly text: string;
  /** Every area showing it, in the given order. */
  readonly names: readonly string[];
}

/** The areas showing the lowest and the highest value, `shown` being how a value reads. */
export function extremes(items: readonly Named[], shown: (value: number) => string): { low: Tied; high: Tied } | null {
  if (items.length === 0) return null;
  const sorted = [...items].sort((a, b) => a.value - b.value);
  const tied = (end: Named): Tied => {
    const text = shown(end.value);
    return { text, names: items.filter((item) => shown(item.value) === text).map((item) => item.name) };
  };
  return { low: tied(sorted[0]!), high: tied(sorted.at(-1)!) };
}

/** `26,2 % (Essonne, Yvelines)`. */
export const tiedText = (tied: Tied) => `${tied.text} (${tied.names.join(', ')})`;

/**
 * The top `count` areas by value, highest first, with those tied with the last one as shown, each
 * with its shared rank (`ex aequo`).
 */
export function top(items: readonly Named[], count: number, shown: (value: number) => string): { item: Named; rank: number; tie: boolean }[] {
  const sorted = [...items].sort((a, b) => b.value - a.value);
  const ranked = sorted.map((item, index) => {
    const rank = sorted.findIndex((other) => shown(other.value) === shown(item.value)) + 1;
    const tie = sorted.filter((other) => shown(other.value) === shown(item.value)).length > 1;
    return { item, rank, tie, index };
  });
  const last = ranked[Math.min(count, ranked.length) - 1];
  return ranked.filter((entry) => entry.index < count || (last !== undefined && entry.rank === last.rank)).map(({ item, rank, tie }) => ({ item, rank, tie }));
}
