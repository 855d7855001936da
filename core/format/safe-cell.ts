// Spreadsheet formula injection: a text cell that Excel or LibreOffice would read as a formula
// (=, +, -, @) or that hides one behind a tab or carriage return is prefixed with a quote.
// Numbers are not text and are never touched, so -1.9 stays a number.

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
