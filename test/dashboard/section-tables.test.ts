import { beforeAll, describe, expect, it } from 'vitest';
import { createDataset, type Dataset } from '../../dashboard/src/model/dataset';
import { normaliseState, stateToParams } from '../../dashboard/src/state/view-state';
import { formatCell } from '../../dashboard/src/table/format-cell';
import { categoryTable, departementTable, yearsTable } from '../../dashboard/src/table/section-tables';
import { sortLines } from '../../dashboard/src/table/sort-lines';
import { readExpectedTables } from './helpers/fixture-out';

let dataset: Dataset;

beforeAll(async () => {
  dataset = createDataset(await readExpectedTables(), { generatedAt: null, referenceYear: 2024, regions: ['11'] });
});

const state = (query: string) => normaliseState(new URLSearchParams(query), dataset);

describe('normaliseState(params, dataset)', () => {
  it('fills every setting from defaults: the run’s region, the first section, the latest year', () => {
    expect(stateToParams(state('')).toString()).toBe('region=11&rubrique=adhesions&indicateur=nb_adhesions&annee=2024&type_structure=MSP');
  });

  it('keeps valid values and replaces each invalid one by its default', () => {
    const s = state('region=11&rubrique=depistage&indicateur=nope&programme=sein&annee=1999&departement=93');
    expect(s).toEqual({
      region: '11',
      section: 'depistage',
      indicator: 'taux',
      filters: { programme: 'sein', annee: '2023' },
      departement: '93',
      structures: null,
    });
  });

  it('drops a department that is not in the region, and an unknown region', () => {
    expect(state('region=76&departement=93').departement).toBeNull();
    expect(state('region=99').region).toBe('11');
  });
});

describe('section tables', () => {
  it('departementTable lists the departments in INSEE order, then the region total', () => {
    const table = departementTable(dataset, state('rubrique=remunerations'));
    expect(table.body.map((line) => line.code)).toEqual(['75', '77', '78', '91', '92', '93', '94', '95']);
    expect(table.totals.map((line) => line.name)).toEqual(['Île-de-France']);
    const amount = table.columns.findIndex((c) => c.key === 'montant_total');
    expect(formatCell('euro', table.totals[0]!.values[amount]!)).toBe('13\u202f295\u202f968,61\u00a0€');
  });

  it('yearsTable gives the rate of each year and its evolution in points', () => {
    const table = yearsTable(dataset, state('rubrique=depistage&programme=sein'))!;
    expect(table.columns.map((c) => c.label)).toEqual(['2021', '2022', '2023', 'Évolution 2022-2023 (points)']);
    const region = table.totals[0]!;
    expect(region.values.slice(0, 3)).toEqual([55.6, 57.0, 57.5]);
    expect(formatCell('points', region.values[3]!)).toBe('+0,5\u00a0pt');
  });

  it('yearsTable gives a relative change for counts, and nothing for a single year', () => {
    const table = yearsTable(dataset, state('rubrique=adhesions&indicateur=nb_actives_fin_annee'))!;
    const region = table.totals[0]!;
    expect(region.values.at(-1)).toBeCloseTo(((183 - 170) / 170) * 100, 10);
    expect(yearsTable(dataset, state('rubrique=remunerations'))).toBeNull();
  });

  it('yearsTable ends the grid of new contracts with their total since the first year (the deck’s grid)', () => {
    const table = yearsTable(dataset, state('rubrique=adhesions'))!;
    expect(table.columns.at(0)!.label).toBe('2015');
    expect(table.columns.at(-1)!.label).toBe('Total 2015-2024');
    // Every MSP active at the end of 2024 signed in the period, plus the one that left: 183 + 1.
    expect(table.totals[0]!.values.at(-1)).toBe(184);
    expect(table.body.map((line) => line.values.at(-1))).toEqual([39 + 1, 22, 14, 31, 14, 24, 17, 22 + 0]);
  });

  it('categoryTable lists the region’s professions in the deck’s order', () => {
    const table = categoryTable(dataset, state('rubrique=professionnels'))!;
    expect(table.body.slice(0, 3).map((line) => line.name)).toEqual(['Médecins généralistes', 'Médecins d’autres spécialités', 'Infirmiers']);
    expect(table.body[0]!.values[0]).toBe(942);
  });
});

describe('sortLines(lines, order)', () => {
  it('sorts by a column either way and always puts missing figures last', () => {
    const line = (code: string, value: number | null) => ({ code, name: code, level: 'departement' as const, values: [value] });
    const lines = [line('75', 3), line('77', null), line('78', 1), line('91', 2)];
    expect(sortLines(lines, { column: 0, direction: 'ascending' }).map((l) => l.code)).toEqual(['78', '91', '75', '77']);
    expect(sortLines(lines, { column: 0, direction: 'descending' }).map((l) => l.code)).toEqual(['75', '91', '78', '77']);
    expect(sortLines([line('2B', 1), line('19', 1), line('2A', 1), line('21', 1)], { column: -1, direction: 'ascending' }).map((l) => l.code)).toEqual([
      '19',
      '2A',
      '2B',
      '21',
    ]);
  });
});
