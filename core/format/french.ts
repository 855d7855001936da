// The one place where numbers and dates become French text. Browser-safe (no Node imports).
// Intl fr-FR groups thousands with U+202F and puts U+00A0 before units, as French typography wants.

const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const euro = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const euroRounded = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const decimals = new Map<number, Intl.NumberFormat>();

function decimalFormat(digits: number): Intl.NumberFormat {
  let format = decimals.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    decimals.set(digits, format);
  }
  return format;
}

/** `1 055 708` */
export function formatInteger(value: number): string {
  return integer.format(value);
}

/** `13 295 968,61 €`; with `{ cents: false }`: `13 295 969 €`. */
export function formatEuro(value: number, { cents = true }: { cents?: boolean } = {}): string {
  return (cents ? euro : euroRounded).format(value);
}

/** `5 299,8` with one decimal by default. */
export function formatDecimal(value: number, digits = 1): string {
  return decimalFormat(digits).format(value);
}

/** A value already in percent (57.5) as `57,5 %`. */
export function formatPercent(value: number, digits = 1): string {
  return `${decimalFormat(digits).format(value)}\u00a0%`;
}

/** A difference of two percentages as `+1,9 pt` (always signed, `0,0 pt` when nil). */
export function formatPoints(value: number, digits = 1): string {
  const text = decimalFormat(digits).format(Math.abs(value));
  const rounded = Number(value.toFixed(digits));
  const sign = rounded > 0 ? '+' : rounded < 0 ? '\u2212' : '';
  return `${sign}${text}\u00a0pt`;
}

/** A relative change (0.2627) as `+26,3 %`. */
export function formatChange(ratio: number, digits = 1): string {
  const percent = ratio * 100;
  const rounded = Number(percent.toFixed(digits));
  const sign = rounded > 0 ? '+' : rounded < 0 ? '\u2212' : '';
  return `${sign}${formatPercent(Math.abs(percent), digits)}`;
}

/** `31/12/2024` from a Date or an ISO `YYYY-MM-DD` string (read as a calendar date, no time zone shift). */
export function formatDate(value: Date | string): string {
  if (typeof value === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
    if (!match) throw new Error(`formatDate: "${value}" is not an ISO date`);
    return `${match[3]}/${match[2]}/${match[1]}`;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(value.getDate())}/${pad(value.getMonth() + 1)}/${value.getFullYear()}`;
}

/**
 * A count with its noun agreeing in number, French style (0 and 1 take the singular):
 * `formatCount(1, 'MSP rémunérée', 'MSP rémunérées')` is `1 MSP rémunérée`, with 5 `5 MSP rémunérées`.
 */
export function formatCount(value: number, singular: string, plural: string): string {
  return `${formatInteger(value)}\u00a0${Math.abs(value) >= 2 ? plural : singular}`;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** A data period: `2024-02` → `février 2024`, `2024-T1` → `T1 2024`; a year (`2023`) stays as it is. */
export function formatPeriod(periode: string): string {
  const quarter = /^(\d{4})-T([1-4])$/.exec(periode);
  if (quarter) return `T${quarter[2]} ${quarter[1]}`;
  const match = /^(\d{4})-(\d{2})$/.exec(periode);
  if (!match) return periode;
  return `${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}
