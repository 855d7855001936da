// Classes of a percentage map: fixed breaks, so two reports (or two regions) read alike, and a
// sequential palette ending in the deck's navy. Browser-safe.
import { formatPercent } from '../../pipeline/format';

export interface MapClass {
  readonly color: string;
  readonly label: string;
}

export const NO_DATA: MapClass = { color: '#E4E4E4', label: 'Donnée absente' };
const PALETTE = ['#E3ECF5', '#C2D5E8', '#93B5D6', '#5F8FBF', '#3767A0', '#1F3A5F'];
export const PERCENT_BREAKS = [50, 60, 70, 80, 90];

export function percentClasses(breaks: readonly number[] = PERCENT_BREAKS): MapClass[] {
  const fmt = (value: number) => formatPercent(value, 0);
  return PALETTE.slice(0, breaks.length + 1).map((color, index) => {
    if (index === 0) return { color, label: `moins de ${fmt(breaks[0]!)}` };
    if (index === breaks.length) return { color, label: `${fmt(breaks[index - 1]!)} et plus` };
    return { color, label: `de ${fmt(breaks[index - 1]!)} à moins de ${fmt(breaks[index]!)}` };
  });
}

export function classOf(value: number | null, breaks: readonly number[] = PERCENT_BREAKS): MapClass {
  if (value === null) return NO_DATA;
  const classes = percentClasses(breaks);
  const index = breaks.filter((limit) => value >= limit).length;
  return classes[index]!;
}
