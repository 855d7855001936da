// The dashboard's tables loaded section by section (dashboard/src/data/lazy-dataset.ts): a table not
// loaded yet is never read as an empty one, each chunk is loaded once, a partner chunk's masks apply
// to its rows, and what the first view knows of every table (regions covered, default region) is
// createDataset's. On the IDF fixture's expected tables.
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeDashboardTable, encodeDashboardTable, type PublishedTables, TABLE_NAMES, TABLES, type TableName } from '../../core';
import { createLazyDataset, type TableChunk, TableNotLoaded, withTables } from '../../dashboard/src/data/lazy-dataset';
import { summariseDataset } from '../../dashboard/src/data/summary';
import { dashboardStory } from '../../dashboard/src/key-figures/dashboard-story';
import { createDataset, type RunInfo } from '../../dashboard/src/model/dataset';
import { panelTable } from '../../dashboard/src/panel/panel-lines';
import { normaliseState } from '../../dashboard/src/state/view-state';
import { readExpectedTables } from './helpers/fixture-out';

const RUN: RunInfo = { generatedAt: '2024-06-03T08:00:00Z', referenceYear: 2023, arrete: '2023-12-31', regions: ['11'], rejected: 0, absent: [] };

let tables: PublishedTables;

beforeAll(async () => {
  tables = await readExpectedTables();
});

/** A lazily loaded dataset over `tables`, counting the loads of each chunk. */
function lazy(masked: Partial<Record<TableName, [number, string][]>> = {}, secrecy: { threshold: number } | null = null) {
  const loads = new Map<TableName, number>();
  const loaders = Object.fromEntries(
    TABLE_NAMES.map((name) => [
      name,
      async (): Promise<TableChunk> => {
        loads.set(name, (loads.get(name) ?? 0) + 1);
        // As the build writes it: through JSON, column-major and rounded.
        return { data: JSON.parse(JSON.stringify(encodeDashboardTable(name, tables[name], { dictionary: true }))), masked: masked[name] ?? [] };
      },
    ]),
  );
  const dataset = createLazyDataset({ run: RUN, secrecy, summary: summariseDataset(tables, RUN), loaders, structureTables: ['remunerations'] });
  return { dataset, loads };
}

describe('a table not loaded yet', () => {
  it('throws TableNotLoaded at its first use, never reads as an empty table', () => {
    const { dataset } = lazy();
    expect(dataset.isLoaded('remunerations')).toBe(false);
    // Present (a story context takes every table without reading it)…
    expect(Boolean(dataset.tables.remunerations)).toBe(true);
    // …but any read of its rows stops.
    expect(() => dataset.tables.remunerations.length).toThrow(TableNotLoaded);
    expect(() => dataset.tables.remunerations.filter(() => true)).toThrow(TableNotLoaded);
    expect(() => [...dataset.tables.remunerations]).toThrow(TableNotLoaded);
    expect(() => dataset.tables.remunerations[0]).toThrow(TableNotLoaded);
    const error = (() => {
      try {
        dataset.tables.depistage.some(() => true);
      } catch (thrown) {
        return thrown;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(TableNotLoaded);
    expect((error as TableNotLoaded).table).toBe('depistage');
  });

  it('stops a department panel line and a view state rather than giving a figure without it', () => {
    const { dataset } = lazy();
    expect(() => panelTable(dataset, stateOf('adhesions'), 'remunerations', '93')).toThrow(TableNotLoaded);
    expect(() => normaliseState(new URLSearchParams('rubrique=remunerations'), dataset)).toThrow(TableNotLoaded);
  });
});

/** A view of `section` in Île-de-France with the panel of Seine-Saint-Denis open. */
function stateOf(section: TableName) {
  return { region: '11', section, indicator: TABLES[section].section.defaultIndicator, filters: {}, departement: '93', structures: null };
}

describe('loading tables', () => {
  it('decodes a table once, however many ask for it at the same time, and leaves the others unloaded', async () => {
    const { dataset, loads } = lazy();
    await Promise.all([dataset.load(['remunerations']), dataset.load(['remunerations', 'cds']), dataset.load(['remunerations'])]);
    expect(Object.fromEntries(loads)).toEqual({ remunerations: 1, cds: 1 });
    expect(dataset.tables.remunerations).toEqual(tables.remunerations);
    expect(dataset.tables.cds).toEqual(tables.cds);
    expect(TABLE_NAMES.filter((name) => dataset.isLoaded(name))).toEqual(['remunerations', 'cds']);
    await dataset.load(['remunerations']);
    expect(loads.get('remunerations')).toBe(1);
  });

  it('gives the figures of a dataset that had every table: the same department panel, the same headline', async () => {
    const { dataset } = lazy();
    const whole = createDataset(tables, RUN);
    await dataset.load(TABLE_NAMES);
    for (const name of TABLE_NAMES) {
      const state = stateOf(name);
      expect(panelTable(dataset, state, name, '93'), name).toEqual(panelTable(whole, state, name, '93'));
    }
    const story = (d: typeof whole, section: TableName) => TABLES[section].headline.sentences(dashboardStory(d, '11', 2023), undefined);
    for (const section of TABLE_NAMES) expect(story(dataset, section), section).toEqual(story(whole, section));
  });

  it('headlines need their own section’s table only: loaded alone, the same sentences', async () => {
    const whole = createDataset(tables, RUN);
    for (const section of TABLE_NAMES) {
      const { dataset } = lazy();
      await dataset.load([section]);
      const sentences = () => TABLES[section].headline.sentences(dashboardStory(dataset, '11', 2023), undefined);
      expect(sentences(), section).toEqual(TABLES[section].headline.sentences(dashboardStory(whole, '11', 2023), undefined));
    }
  });

  it('runs a task again once the table it stopped on has loaded (withTables)', async () => {
    const { dataset, loads } = lazy();
    let runs = 0;
    const total = await withTables(dataset, () => {
      runs++;
      return dataset.tables.remunerations.length + dataset.tables.cds.length;
    });
    expect(total).toBe(tables.remunerations.length + tables.cds.length);
    expect(runs).toBe(3);
    expect(Object.fromEntries(loads)).toEqual({ remunerations: 1, cds: 1 });
  });

  it('rejects when a chunk cannot be read, and may be asked for again', async () => {
    let fail = true;
    const dataset = createLazyDataset({
      run: RUN,
      secrecy: null,
      summary: summariseDataset(tables, RUN),
      loaders: {
        cds: async () => {
          if (fail) throw new Error('network down');
          return { data: encodeDashboardTable('cds', tables.cds) };
        },
      },
    });
    await expect(dataset.load(['cds'])).rejects.toThrow('network down');
    expect(dataset.isLoaded('cds')).toBe(false);
    fail = false;
    await dataset.load(['cds']);
    expect(dataset.tables.cds).toEqual(tables.cds);
    await expect(dataset.load(['depistage'])).rejects.toThrow('no chunk for table depistage');
  });
});

describe('a table’s chunk', () => {
  it('writes each text column as its distinct values once, and decodes to the rows of data.json', () => {
    for (const name of TABLE_NAMES) {
      const chunk = encodeDashboardTable(name, tables[name], { dictionary: true });
      expect(decodeDashboardTable(name, JSON.parse(JSON.stringify(chunk))), name).toEqual(decodeDashboardTable(name, encodeDashboardTable(name, tables[name])));
    }
    const chunk = encodeDashboardTable('remunerations', tables.remunerations, { dictionary: true });
    const niveau = chunk.values[chunk.columns.indexOf('niveau')];
    expect(niveau).toEqual({ dictionary: ['departement', 'region'], indexes: tables.remunerations.map((row) => (row.niveau === 'region' ? 1 : 0)) });
    // Figures stay plain arrays.
    expect(Array.isArray(chunk.values[chunk.columns.indexOf('montant_total')])).toBe(true);
  });

  it('is refused when an index points nowhere', () => {
    const chunk = encodeDashboardTable('cds', tables.cds, { dictionary: true });
    const broken = { ...chunk, values: chunk.values.map((values, c) => (c === 0 ? { dictionary: ['departement'], indexes: [0, 3] } : values)) };
    expect(() => decodeDashboardTable('cds', broken)).toThrow(/cds\.niveau row 2 is not a value/);
  });
});

describe('a partner build’s chunks', () => {
  it('mask the cells each chunk names, in its own rows only', async () => {
    const { dataset } = lazy({ remunerations: [[0, 'montant_total']] }, { threshold: 11 });
    expect(dataset.secrecy?.threshold).toBe(11);
    await dataset.load(['remunerations', 'cds']);
    expect(dataset.isMasked(dataset.tables.remunerations[0]!, 'montant_total')).toBe(true);
    expect(dataset.isMasked(dataset.tables.remunerations[0]!, 'nb_msp')).toBe(false);
    expect(dataset.isMasked(dataset.tables.remunerations[1]!, 'montant_total')).toBe(false);
    expect(dataset.tables.cds.some((row) => Object.keys(row).some((column) => dataset.isMasked(row, column)))).toBe(false);
    expect(dataset.secrecy?.masked).toEqual({ remunerations: [[0, 'montant_total']] });
  });
});

describe('what the first view knows of every table', () => {
  it('is createDataset’s: the regions covered, in its order, the default region and their names', () => {
    const whole = createDataset(tables, RUN);
    const { dataset } = lazy();
    expect([...dataset.regionsWithData]).toEqual([...whole.regionsWithData]);
    expect(dataset.defaultRegion).toBe(whole.defaultRegion);
    expect(dataset.names.offersAll).toBe(whole.names.offersAll);
    expect(dataset.names.scope('FR')).toBe(whole.names.scope('FR'));
    expect([...dataset.structureTables]).toEqual(['remunerations']);
  });

  it('is one JSON line of a few bytes, whatever the size of the tables', () => {
    expect(JSON.stringify(summariseDataset(tables, RUN)).length).toBeLessThan(200);
  });
});
