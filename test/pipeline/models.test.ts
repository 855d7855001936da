// Every SQL model is accepted by DuckDB against the warehouse schema and yields the contract's
// columns, in order, even on an empty warehouse (a run with structures only).

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { columnsOf, TABLE_NAMES } from '../../core';
import { Warehouse } from '../../pipeline/load';
import { DETAIL_SCHEMA, detailColumns, detailSql, modelSql, OUTPUT_SCHEMA, STRUCTURE_TABLES } from '../../pipeline/model';
import { inputDir, type Run, run, STRUCTURES } from './helpers';

let structuresOnly: Run;
beforeAll(async () => {
  structuresOnly = await run(await inputDir({ 'structures.csv': STRUCTURES }));
});

describe('SQL models', () => {
  it.each(TABLE_NAMES)('model %s.sql is accepted by DuckDB (EXPLAIN) and yields the contract columns', async (name) => {
    const warehouse = await Warehouse.open(path.join(structuresOnly.out, 'warehouse.duckdb'));
    try {
      const plan = await warehouse.rows(`EXPLAIN ${await modelSql(name)}`);
      expect(plan.length).toBeGreaterThan(0);
      const columns = await warehouse.rows<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = '${OUTPUT_SCHEMA}' AND table_name = '${name}' ORDER BY ordinal_position`,
      );
      expect(columns.map((column) => column.column_name)).toEqual(columnsOf(name).map((column) => column.name));
    } finally {
      warehouse.close();
    }
  });

  it.each(STRUCTURE_TABLES)(
    'detail %s.sql is accepted by DuckDB (EXPLAIN) and starts with its department, keys, structure and additive columns',
    async (name) => {
      const warehouse = await Warehouse.open(path.join(structuresOnly.out, 'warehouse.duckdb'));
      try {
        const plan = await warehouse.rows(`EXPLAIN ${await detailSql(name)}`);
        expect(plan.length).toBeGreaterThan(0);
        const columns = await warehouse.rows<{ column_name: string }>(
          `SELECT column_name FROM information_schema.columns WHERE table_schema = '${DETAIL_SCHEMA}' AND table_name = '${name}' ORDER BY ordinal_position`,
        );
        expect(columns.map((column) => column.column_name).slice(0, detailColumns(name).length)).toEqual(detailColumns(name));
      } finally {
        warehouse.close();
      }
    },
  );

  it('adds France rows when the data spans several regions, computed from the rows', async () => {
    const result = await run(
      await inputDir({
        'structures.csv': STRUCTURES,
        'patientele.csv': 'id_structure;annee;patientele_mt;enfants_0_16;file_active\nMSP1;2023;5000;800;9000\nMSP2;2023;3000;600;5000\n',
      }),
    );
    const rows = (await result.table('patientele')).map((row) => [row.niveau, row.code, row.nb_structures, row.patientele_mt_somme, row.patientele_mt_moyenne]);
    expect(rows).toEqual([
      ['departement', '75', '1', '5000', '5000.0'],
      ['region', '11', '1', '5000', '5000.0'],
      ['departement', '2A', '1', '3000', '3000.0'],
      ['region', '94', '1', '3000', '3000.0'],
      ['france', 'FR', '2', '8000', '4000.0'],
    ]);
  });
});
