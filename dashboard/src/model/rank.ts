// A department's rank among the departments that have a figure: 1er for the highest; departments
// with the same figure share their rank, said « ex aequo ».
import type { Row } from '../../../core';

export interface Rank {
  readonly position: number;
  readonly of: number;
  /** Another department has the same figure. */
  readonly tie: boolean;
}

/** Null when the department has no figure, or when every department has the same one. */
export function rankAmong(values: readonly { readonly code: string; readonly value: number | null }[], code: string): Rank | null {
  const own = values.find((item) => item.code === code)?.value;
  if (typeof own !== 'number') return null;
  const known = values.filter((item): item is { code: string; value: number } => typeof item.value === 'number');
  const same = known.filter((item) => item.value === own).length;
  // Every department level: a rank would say nothing.
  if (same === known.length) return null;
  return { position: known.filter((item) => item.value > own).length + 1, of: known.length, tie: same > 1 };
}

/** `rows`: department rows of one slice (same year and filters). */
export function rankOf(rows: readonly Row[], code: string, column: string): Rank | null {
  return rankAmong(
    rows.map((row) => ({ code: String(row.code), value: typeof row[column] === 'number' ? (row[column] as number) : null })),
    code,
  );
}

/** `12e sur 101 départements`, `1er sur 8 départements`, `6e ex aequo sur 8 départements`. */
export function formatRank(rank: Rank): string {
  const ordinal = rank.position === 1 ? '1er' : `${rank.position}e`;
  return `${ordinal}${rank.tie ? ' ex aequo' : ''} sur ${rank.of} département${rank.of > 1 ? 's' : ''}`;
}
