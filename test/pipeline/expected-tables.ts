// The fixtures' comparison: a published table against an expected one, column by column, row by
// row, in order; numbers within ± 0.005 (the expected files are rounded to 4 decimals), text exact.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { expect } from 'vitest';
import { columnsOf, type TableName } from '../../core';

const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

export interface Projection {
  /** The rows the expected file defines (default: every row). */
  readonly rows?: (row: Record<string, string>) => boolean;
  /** The expected file holds the first columns only (a table later versions extended). */
  readonly leadingColumns?: boolean;
  /**
   * The expected file holds some of the columns, in their order (a key later versions extended:
   * version 3's `dimension` and `modalite` stand among the territorial indicators' keys).
   */
  readonly someColumns?: boolean;
}

export async function expectPublishedTable(out: string, fixture: string, name: TableName, projection: Projection = {}): Promise<void> {
  const expected = parse(await readFile(path.join(fixture, 'expected', `${name}.csv`), 'utf8'));
  const actual = parse(await readFile(path.join(out, 'tables', `${name}.csv`), 'utf8'));
  const fields = expected.meta.fields ?? [];
  expect(actual.meta.fields).toEqual(columnsOf(name).map((column) => column.name));
  const shown = projection.leadingColumns
    ? actual.meta.fields?.slice(0, fields.length)
    : projection.someColumns
      ? actual.meta.fields?.filter((field) => fields.includes(field))
      : actual.meta.fields;
  expect(shown).toEqual(fields);
  const rows = projection.rows ? actual.data.filter(projection.rows) : actual.data;
  expect(rows).toHaveLength(expected.data.length);
  expected.data.forEach((expectedRow, index) => {
    const actualRow = rows[index]!;
    for (const [column, value] of Object.entries(expectedRow)) {
      const cell = actualRow[column];
      const number = Number(value);
      if (value !== '' && Number.isFinite(number) && column !== 'code') {
        expect(Math.abs(Number(cell) - number), `${name} row ${index + 2} ${column}: ${cell} vs ${value}`).toBeLessThanOrEqual(0.005);
      } else {
        expect(cell, `${name} row ${index + 2} ${column}`).toBe(value);
      }
    }
  });
}
