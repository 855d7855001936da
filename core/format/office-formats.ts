// Number formats of the office files. They are written in the files' neutral syntax (`,` groups,
// `.` decimals) and shown with the reader's separators: French Excel shows `#,##0.00 "€"` as
// `13 295 968,61 €`. The `[$-40C]` locale tag (French, France) makes LibreOffice do the same
// whatever its own locale; Excel and PowerPoint use the reader's settings as ever.
// Percentages are published in percent (57.5), so the `%` is a literal, not Excel's ×100 format.
import type { Unit } from '../schema';

const FRENCH = '[$-40C]';

export function frenchFormat(code: string): string {
  return `${FRENCH}${code}`;
}

export const EXCEL_FORMATS: Partial<Record<Unit, string>> = {
  count: frenchFormat('#,##0'),
  euro: frenchFormat('#,##0.00\\ "€"'),
  percent: frenchFormat('0.0\\ "%"'),
  mean: frenchFormat('#,##0.0'),
  year: '0',
};
