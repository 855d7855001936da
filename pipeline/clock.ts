// The processing date printed on slides and written in run.json. With SOURCE_DATE_EPOCH set (the
// reproducible-builds convention: seconds since 1970-01-01 UTC), it is that instant, so that the same
// exports and options give the same bytes; unset, it is the clock.
import { UsageError } from './errors';

/** The instant SOURCE_DATE_EPOCH names, or the clock's when it is unset or empty. */
export function processingDate(environment: NodeJS.ProcessEnv = process.env): Date {
  const value = environment.SOURCE_DATE_EPOCH?.trim();
  if (!value) return new Date();
  const seconds = /^\d{1,12}$/.test(value) ? Number(value) : Number.NaN;
  const date = new Date(seconds * 1000);
  if (Number.isNaN(date.getTime())) {
    throw new UsageError(
      `SOURCE_DATE_EPOCH vaut « ${value} » : il faut un nombre entier de secondes depuis le 01/01/1970 (par exemple 1714435200), ou ne pas définir cette variable`,
    );
  }
  return date;
}
