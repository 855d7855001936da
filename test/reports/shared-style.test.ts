// exceljs names a style by serialising it, cell by cell, unless the cell holds an object it has met:
// a sheet's lines share one frozen object per look.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../core';
import { addTableSheet } from '../../reports/workbook';

describe('the styles of a sheet’s cells', () => {
  it('are one object for the cells that look alike, which no cell can change for the others', () => {
    const book = new ExcelJS.Workbook();
    const rows = Array.from({ length: 500 }, (_, index) => ({
      niveau: index % 10 === 0 ? 'region' : 'departement',
      code: '11',
      nb_dentaire: index,
      nb_infirmier: 0,
      nb_medical: 2,
      nb_polyvalent: 0,
      nb_total: index + 2,
    }));
    const sheet = addTableSheet(book, TABLES.cds, rows, { masks: rows.map((_, index) => new Set(index % 7 === 0 ? ['nb_medical'] : [])) });
    const [plain, bold] = [sheet.getRow(3), sheet.getRow(2)];
    expect(plain.getCell(3).style).toBe(sheet.getRow(400).getCell(3).style);
    expect(bold.getCell(3).font?.bold).toBe(true);
    expect(plain.getCell(3).font?.bold).toBe(false);
    expect(() => {
      plain.getCell(3).numFmt = '0.0';
    }).toThrow(TypeError);
  });
});
