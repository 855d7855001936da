import { describe, expect, it } from 'vitest';
import { formatChange, formatDate, formatDecimal, formatEuro, formatInteger, formatPercent, formatPoints, neutraliseCell, toExcelCsv } from '../../core';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('French formatting', () => {
  it('formatEuro(13295968.61) is 13 295 968,61 € with narrow no-break spaces', () => {
    expect(formatEuro(13295968.61)).toBe(`13${NNBSP}295${NNBSP}968,61${NBSP}€`);
    expect(formatEuro(13295968.61, { cents: false })).toBe(`13${NNBSP}295${NNBSP}969${NBSP}€`);
  });

  it('formats integers, decimals, percentages, points and changes', () => {
    expect(formatInteger(1055708)).toBe(`1${NNBSP}055${NNBSP}708`);
    expect(formatDecimal(5299.7545)).toBe(`5${NNBSP}299,8`);
    expect(formatPercent(57.5)).toBe(`57,5${NBSP}%`);
    expect(formatPoints(1.94)).toBe(`+1,9${NBSP}pt`);
    expect(formatPoints(-0.04)).toBe(`0,0${NBSP}pt`);
    expect(formatPoints(-2.25)).toBe(`\u22122,3${NBSP}pt`);
    expect(formatChange(13295968.61 / 10529910 - 1)).toBe(`+26,3${NBSP}%`);
  });

  it('formats dates as DD/MM/YYYY without a time-zone shift', () => {
    expect(formatDate('2024-12-31')).toBe('31/12/2024');
    expect(formatDate(new Date(2024, 0, 5))).toBe('05/01/2024');
  });
});

describe('neutraliseCell(text)', () => {
  it('prefixes text that a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+33 1', '-2', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseCell(text)).toBe(`'${text}`);
    expect(neutraliseCell('Seine-Saint-Denis')).toBe('Seine-Saint-Denis');
  });
});

describe('toExcelCsv(rows)', () => {
  it('writes a BOM, semicolons, decimal commas, CRLF, quotes where needed and neutralised text', () => {
    const text = toExcelCsv([
      ['Territoire', 'Montant', 'Taux'],
      ["Val-d'Oise; 95", 13295968.61, 57.5],
      ['=HYPERLINK("x")', -1.5, null],
    ]);
    expect(text).toBe('\ufeffTerritoire;Montant;Taux\r\n"Val-d\'Oise; 95";13295968,61;57,5\r\n"\'=HYPERLINK(""x"")";-1,5;\r\n');
  });
});
