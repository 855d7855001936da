import { describe, expect, it } from 'vitest';
import { evolution, evolutionSize, evolutionWords, formatEvolution, TABLES, tableEvolutions } from '../../core';
import { plain } from './helpers';

describe('evolutions', () => {
  it('change counts and euros in percent, rates in points', () => {
    const money = evolution('euro', 10529910, 13295968.61)!;
    expect(money.kind).toBe('percent');
    expect(plain([formatEvolution(money)])).toEqual(['+26,3 %']);
    expect(evolutionWords(money).replace(/\u00a0/g, ' ')).toBe('en hausse de 26,3 %');
    const rate = evolution('percent', 24.5, 23.8)!;
    expect(rate.kind).toBe('points');
    expect(formatEvolution(rate)).toBe('\u22120,7\u00a0pt');
    expect(evolutionWords(rate).replace(/\u00a0/g, ' ')).toBe('en baisse de 0,7 pt');
    expect(evolutionWords(evolution('count', 170, 170)!)).toBe('stable');
  });

  it('give nothing when a figure is missing or the base is zero, and nothing for codes', () => {
    expect(evolution('euro', null, 5)).toBeNull();
    expect(evolution('count', 0, 5)).toBeNull();
    expect(evolution('percent', 0, 5)?.value).toBe(5);
    expect(evolution('year', 2022, 2023)).toBeNull();
  });

  it('rank a change by its size relative to where it started', () => {
    expect(evolutionSize(evolution('euro', 100, 126)!)).toBeCloseTo(0.26);
    expect(evolutionSize(evolution('percent', 50, 55)!)).toBeCloseTo(0.1);
  });

  it('list every year-on-year change of a table, skipping masked figures', () => {
    const rows = [
      { niveau: 'region', code: '11', annee: 2022, type_structure: 'MSP', nb_adhesions: 25, nb_resiliations: 0, nb_actives_fin_annee: 150 },
      { niveau: 'region', code: '11', annee: 2023, type_structure: 'MSP', nb_adhesions: 21, nb_resiliations: 1, nb_actives_fin_annee: 170 },
    ];
    const lines = tableEvolutions(TABLES.adhesions, rows, (row, column) => (column === 'nb_resiliations' ? null : (row[column] as number)));
    expect(lines.map((line) => [line.column.name, Number(line.change.value.toFixed(2))])).toEqual([
      ['nb_adhesions', -16],
      ['nb_actives_fin_annee', 13.33],
    ]);
    expect(tableEvolutions(TABLES.cds, [], () => 1)).toEqual([]);
  });
});
