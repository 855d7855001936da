// A department's rank among the departments that have a figure: 1er for the highest.
import type { Row } from '../../../core';

export interface Rank {
  readonly position: number;
  readonly of: number;
}

/** `rows`: department rows of one slice (same year and filters). Null when the department has no figure. */
export function rankOf(rows: readonly Row[], code: string, column: string): Rank | null {
  const own = rows.find((row) => row.code === code)?.[column];
  if (typeof own !== 'number') return null;
  let of = 0;
  let above = 0;
  let different = false;
  for (const row of rows) {
    const value = row[column];
    if (typeof value !== 'number') continue;
    of += 1;
    if (value > own) above += 1;
    if (value !== own) different = true;
  }
  // Every department level: a rank would say nothing.
  return different ? { position: above + 1, of } : null;
}

/** `12e sur 101 départements`, `1er sur 8 départements`. */
export function formatRank(rank: Rank): string {
  const ordinal = rank.position === 1 ? '1er' : `${rank.position}e`;
  return `${ordinal} sur ${rank.of} département${rank.of > 1 ? 's' : ''}`;
}
