// The pipeline's work on two connections (inTurns, Warehouse.beside) and the drill-down columns
// DuckDB writes whole (appendJsonColumns), on a real warehouse.
import { closeSync, openSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../core';
import { runPipeline, silentLogger } from '../../pipeline';
import { inTurns, Warehouse } from '../../pipeline/load';
import { buildModels, DETAIL_SCHEMA, OUTPUT_SCHEMA } from '../../pipeline/model';
import { appendJsonColumns } from '../../pipeline/publish/json-columns';
import { FIXTURE_V2, fixtureRunOf, tempDir } from './helpers';

let dir: string;
let warehouse: Warehouse;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'deux-connexions-'));
  warehouse = await Warehouse.open(path.join(dir, 'warehouse.duckdb'));
});

afterAll(async () => {
  warehouse.close();
  await rm(dir, { recursive: true, force: true });
});

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

describe('inTurns', () => {
  it('takes every item once, in order, on both connections', async () => {
    const taken: number[] = [];
    const connections = new Set<Warehouse>();
    await inTurns(warehouse, [0, 1, 2, 3, 4, 5], async (connection, item) => {
      taken.push(item);
      connections.add(connection);
      // A table made on either connection is seen by the other once made.
      await connection.run(`CREATE TABLE t${item} AS SELECT ${item} AS n`);
      await pause(item === 0 ? 100 : 5);
    });
    expect(taken).toEqual([0, 1, 2, 3, 4, 5]);
    expect(connections.size).toBe(2);
    const [sum] = await warehouse.rows<{ n: number }>('SELECT (SELECT n FROM t0) + (SELECT n FROM t5) AS n');
    expect(sum?.n).toBe(5);
  });

  it('does nothing for no item, and uses this connection for one', async () => {
    await inTurns(warehouse, [], async () => {
      throw new Error('no item to work on');
    });
    const used: Warehouse[] = [];
    await inTurns(warehouse, ['seul'], async (connection) => {
      used.push(connection);
    });
    expect(used).toEqual([warehouse]);
  });

  it('after an error takes no other item, and throws the earliest item’s error once both have stopped', async () => {
    const started: number[] = [];
    const finished: number[] = [];
    const run = inTurns(warehouse, [0, 1, 2, 3, 4], async (_, item) => {
      started.push(item);
      // Item 1 fails first; item 0, on the other connection, fails later: its error is the one.
      await pause(item === 0 ? 200 : 5);
      if (item === 0) throw new Error('élément 0');
      if (item === 1) throw new Error('élément 1');
      finished.push(item);
    });
    await expect(run).rejects.toThrow('élément 0');
    expect(started).toEqual([0, 1]);
    expect(finished).toEqual([]);
  });

  it('runs an item said to be alone while the other connection works on none, and pairs the others', async () => {
    const running = new Set<number>();
    const overlaps: string[] = [];
    let together = 0;
    const alone = (item: number) => item === 2 || item === 5;
    await inTurns(
      warehouse,
      [0, 1, 2, 3, 4, 5, 6, 7],
      async (connection, item) => {
        for (const other of running) if (alone(item) || alone(other)) overlaps.push(`${item} ∥ ${other}`);
        running.add(item);
        together = Math.max(together, running.size);
        await connection.run(`SELECT ${item}`);
        await pause(item === 0 || item === 3 ? 60 : 10);
        running.delete(item);
      },
      alone,
    );
    expect(overlaps).toEqual([]);
    // 0 and 1, 3 and 4, 6 and 7 still ran at once.
    expect(together).toBe(2);
  });

  it('starts no item after an error, not even one that waited to go alone', async () => {
    const started: number[] = [];
    const run = inTurns(
      warehouse,
      [0, 1, 2],
      async (_, item) => {
        started.push(item);
        await pause(30);
        if (item === 0) throw new Error('élément 0');
      },
      // Item 1 waits for item 0 to end; item 2's predicate fails.
      (item) => {
        if (item === 2) throw new Error('prédicat 2');
        return item === 1;
      },
    );
    await expect(run).rejects.toThrow('élément 0');
    expect(started).toEqual([0]);
    // A predicate that throws is an error of its item, and nothing hangs.
    await expect(
      inTurns(
        warehouse,
        ['a', 'b', 'c'],
        async () => {},
        (item) => {
          if (item === 'b') throw new Error('prédicat b');
          return false;
        },
      ),
    ).rejects.toThrow('prédicat b');
  });
});

describe('buildModels, the largest tables alone', () => {
  it('gives the very tables whichever are built alone (msp_profil waiting for the remunerations alone)', async () => {
    const shared = await fixtureRunOf('idf-2023-v2');
    // The fixture's indicators (16 180 rows) and professionals alone, then every table alone.
    for (const aloneFromRows of [5_000, 0]) {
      const scratch = await tempDir('cpr-seuls-');
      const out = path.join(scratch, 'out');
      await runPipeline({
        input: path.join(FIXTURE_V2, 'input'),
        out,
        log: silentLogger,
        afterModels: async (built) => {
          // Built again from nothing: a table that did not wait for one it reads finds it missing.
          await built.run(`DROP SCHEMA ${DETAIL_SCHEMA} CASCADE`);
          await built.run(`DROP SCHEMA ${OUTPUT_SCHEMA} CASCADE`);
          await buildModels(built, { aloneFromRows });
        },
      });
      for (const name of TABLE_NAMES) {
        const table = (dir: string) => readFileSync(path.join(dir, 'tables', `${name}.csv`), 'utf8');
        expect(table(out), `${name}, alone from ${aloneFromRows} rows`).toBe(table(shared.out));
      }
      await rm(scratch, { recursive: true, force: true });
    }
  });
});

describe('appendJsonColumns', () => {
  it('writes each column as a JSON array that parses back to the very values', async () => {
    const names = ['MSP #2, « Les Tilleuls »', 'Centre "Pasteur"', 'barre \\ oblique', 'saut\nde ligne', 'contrôle \u001e\u001f', '#', null, 'Hôpital – été'];
    await warehouse.run(
      `CREATE TABLE valeurs AS SELECT * FROM (VALUES ${names.map((name, i) => `(${i}, ${name === null ? 'NULL' : `'${name.replaceAll("'", "''")}'`}, ${i === 6 ? 'NULL' : `${i}.50`}::DECIMAL(10, 2))`).join(', ')}) AS v(i, nom, montant) ORDER BY i`,
    );
    const file = path.join(dir, 'valeurs.json');
    const out = openSync(file, 'w');
    try {
      await appendJsonColumns(
        warehouse,
        out,
        'valeurs',
        [
          { opener: '{"nom":', value: 'nom' },
          { opener: ',"montant":', value: 'montant' },
        ],
        dir,
      );
    } finally {
      closeSync(out);
    }
    const parsed = JSON.parse(`${readFileSync(file, 'utf8')}}`) as { nom: unknown[]; montant: unknown[] };
    expect(parsed.nom).toEqual(names);
    expect(parsed.montant).toEqual([0.5, 1.5, 2.5, 3.5, 4.5, 5.5, null, 7.5]);
  });

  it('writes an empty table as empty arrays, and a long one in its order across DuckDB’s batches', async () => {
    await warehouse.run('CREATE TABLE vide (n INTEGER)');
    await warehouse.run('CREATE TABLE longue AS SELECT range AS n FROM range(300000) ORDER BY n');
    const file = path.join(dir, 'longue.json');
    const out = openSync(file, 'w');
    try {
      await appendJsonColumns(warehouse, out, 'vide', [{ opener: '{"vide":', value: 'n' }], dir);
      await appendJsonColumns(warehouse, out, 'longue', [{ opener: ',"longue":', value: 'n' }], dir);
    } finally {
      closeSync(out);
    }
    const parsed = JSON.parse(`${readFileSync(file, 'utf8')}}`) as { vide: number[]; longue: number[] };
    expect(parsed.vide).toEqual([]);
    expect(parsed.longue).toHaveLength(300000);
    expect(parsed.longue.every((n, i) => n === i)).toBe(true);
  });
});
