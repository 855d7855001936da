// The France view, ranks, the years table's rows, partner masks and the structure lists, on
// hand-made rows small enough to check by eye.
import { describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../core';
import type { PublishedTables, Row } from '../../core/published/published-tables';
import type { StructureRow } from '../../core/published/structure-rows-format';
import { areaRows, FRANCE } from '../../dashboard/src/model/area-rows';
import { createDataset } from '../../dashboard/src/model/dataset';
import { formatRank, rankAmong, rankOf } from '../../dashboard/src/model/rank';
import { normaliseState } from '../../dashboard/src/state/view-state';
import { searchLines, sortList, structureList } from '../../dashboard/src/structures/structure-list';
import { departementTable, yearsTable } from '../../dashboard/src/table/section-tables';

const empty = () => Object.fromEntries(TABLE_NAMES.map((name) => [name, [] as Row[]])) as PublishedTables;
const rate = (niveau: string, code: string, annee: number, taux: number): Row => ({ niveau, code, programme: 'sein', annee, taux });

describe('years table, France view and ranks', () => {
  const tables = empty();
  // Seine-et-Marne's 2024 rate was rejected: it keeps its 2022 and 2023 values.
  tables.depistage = [
    rate('departement', '75', 2022, 54.7),
    rate('departement', '75', 2023, 54.5),
    rate('departement', '75', 2024, 53.8),
    rate('departement', '77', 2022, 57.6),
    rate('departement', '77', 2023, 57.4),
    rate('departement', '13', 2024, 50.1),
    rate('region', '11', 2022, 56.9),
    rate('region', '11', 2023, 57.2),
    rate('region', '11', 2024, 57.3),
    rate('region', '93', 2024, 52),
    rate('france', 'FR', 2024, 55),
  ];
  const dataset = createDataset(tables, { generatedAt: null, referenceYear: 2024, regions: ['11', '93'] });
  const state = (query: string) => normaliseState(new URLSearchParams(query), dataset);

  it('keeps a department whose latest figure is missing, with its earlier years', () => {
    const table = yearsTable(dataset, state('region=11&rubrique=depistage&programme=sein'))!;
    const seineEtMarne = table.body.find((line) => line.code === '77')!;
    expect(seineEtMarne.values).toEqual([57.6, 57.4, null, null]);
    expect(table.body.map((line) => line.code)).toEqual(['75', '77']);
  });

  it('opens on the largest region of the data and offers its regions as a whole, named by them (not « France entière »)', () => {
    expect(dataset.defaultRegion).toBe('11');
    const france = state('region=FR&rubrique=depistage&programme=sein&annee=2024&departement=13');
    expect(france.region).toBe(FRANCE);
    expect(france.departement).toBe('13');
    const table = departementTable(dataset, france);
    expect(table.caption).toBe("Prévention – participation au dépistage organisé – Île-de-France et Provence-Alpes-Côte d'Azur, 2024");
    expect(table.body.map((line) => line.code)).toEqual(['13', '75']);
    expect(table.totals.map((line) => line.code)).toEqual(['11', '93', 'FR']);
    // The pipeline's « France » row adds up these two regions: named by them.
    expect(table.totals.at(-1)!.name).toBe("Île-de-France et Provence-Alpes-Côte d'Azur");
    expect(areaRows(tables.depistage, '11').departements.map((row) => row.code)).toEqual(['75', '75', '75', '77', '77']);
  });

  it('ranks a department among those with a figure, the highest first', () => {
    const slice = tables.depistage.filter((row) => row.niveau === 'departement' && row.annee === 2024);
    expect(formatRank(rankOf(slice, '75', 'taux')!)).toBe('1er sur 2 départements');
    expect(formatRank(rankOf(slice, '13', 'taux')!)).toBe('2e sur 2 départements');
    expect(rankOf(slice, '77', 'taux')).toBeNull();
    expect(formatRank({ position: 12, of: 101, tie: false })).toBe('12e sur 101 départements');
  });

  it('gives departments with the same figure the same rank, said ex aequo', () => {
    const values = [
      { code: '75', value: 3 },
      { code: '77', value: 0 },
      { code: '93', value: 0 },
      { code: '94', value: null },
    ];
    expect(formatRank(rankAmong(values, '93')!)).toBe('2e ex aequo sur 3 départements');
    expect(formatRank(rankAmong(values, '77')!)).toBe('2e ex aequo sur 3 départements');
    expect(formatRank(rankAmong(values, '75')!)).toBe('1er sur 3 départements');
    expect(rankAmong(values, '94')).toBeNull();
  });
});

describe('partner masks', () => {
  it('shows « NS » in place of a masked cell and hides the evolution that would give it away', () => {
    const tables = empty();
    tables.depistage = [
      rate('departement', '75', 2022, 54.7),
      rate('departement', '75', 2023, 54.5),
      rate('region', '11', 2022, 56.9),
      rate('region', '11', 2023, 57.2),
    ];
    tables.depistage[1]!.taux = null;
    const dataset = createDataset(tables, { generatedAt: null, referenceYear: 2023, regions: ['11'] }, { threshold: 5, masked: { depistage: [[1, 'taux']] } });
    const table = yearsTable(dataset, normaliseState(new URLSearchParams('region=11&rubrique=depistage&programme=sein'), dataset))!;
    const paris = table.body[0]!;
    expect(paris.values).toEqual([54.7, null, null]);
    expect(paris.masked).toEqual([false, true, true]);
  });
});

describe('structureList(table, rows, area, filters)', () => {
  const structure = (id: string, nom: string, commune: string) => ({ id, nom, commune, type: 'MSP', categorie: null });
  const row = (id: string, nom: string, departement: string, montant: number, compte = true): StructureRow => ({
    structure: structure(id, nom, 'Bobigny'),
    departement,
    keys: { annee: 2023, type_structure: 'MSP' },
    compte,
    statut: compte ? 'rémunérée' : 'prérequis non atteints',
    values: { nb_remunerees: compte ? 1 : 0, montant_total: montant, nb_prerequis_non_atteints: compte ? 0 : 1 },
  });
  const rows = [
    row('MSP930001', 'MSP Élan', '93', 100),
    row('MSP930002', 'MSP Bords de Marne', '93', 50),
    row('MSP930003', 'MSP Sans prérequis', '93', 0, false),
    row('MSP750001', 'MSP Paris', '75', 70),
  ];

  it('lists the structures of a department, totals every line (the figures) and gives the table’s means', () => {
    const list = structureList('remunerations', rows, '93', { annee: '2023', type_structure: 'MSP' });
    expect(list.lines.map((line) => line.id)).toEqual(['MSP930001', 'MSP930002', 'MSP930003']);
    expect(list.valueColumns.map((c) => c.key)).toEqual(['nb_remunerees', 'montant_total', 'nb_prerequis_non_atteints']);
    // The unpaid structure adds 0 to the amounts and 1 to the structures missing the prerequisites.
    expect(list.totals).toEqual([2, 150, 1]);
    // moyenne = montant_total / nb_remunerees; the table has no mean of the counts.
    expect(list.means).toEqual([null, 75, null]);
    expect(list.counted).toBe(2);
    expect(structureList('remunerations', rows, 'R11', { annee: '2023' }).lines).toHaveLength(4);
    expect(structureList('remunerations', rows, '11', { annee: '2023' }).lines).toHaveLength(0); // Aude
    expect(structureList('remunerations', rows, '93', { annee: '2022' }).lines).toHaveLength(0);
  });

  it('searches names, communes and identifiers without accents or case, and sorts', () => {
    const list = structureList('remunerations', rows, '93', { annee: '2023' });
    expect(searchLines(list.lines, 'elan').map((l) => l.id)).toEqual(['MSP930001']);
    expect(searchLines(list.lines, 'bobigny 930002').map((l) => l.id)).toEqual(['MSP930002']);
    expect(sortList(list.lines, { key: 'v1', direction: 'descending' }).map((l) => l.id)).toEqual(['MSP930001', 'MSP930002', 'MSP930003']);
    expect(sortList(list.lines, { key: 'nom', direction: 'ascending' }).map((l) => l.text.nom)).toEqual([
      'MSP Bords de Marne',
      'MSP Élan',
      'MSP Sans prérequis',
    ]);
  });
});
