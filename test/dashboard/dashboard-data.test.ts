import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeDashboardData, encodeDashboardData } from '../../core/published/dashboard-data-format';
import type { PublishedTables } from '../../core/published/published-tables';
import { writeDashboardData } from '../../pipeline/publish/dashboard-data';
import { readExpectedTables } from './helpers/fixture-out';

let tables: PublishedTables;
let dir: string;

beforeAll(async () => {
  tables = await readExpected();
  dir = await mkdtemp(path.join(os.tmpdir(), 'cpr-dashboard-data-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readExpected(): Promise<PublishedTables> {
  return readExpectedTables();
}

describe('writeDashboardData(tables, destDir)', () => {
  it('writes data.json that decodes back to exactly the published rows', async () => {
    await writeDashboardData(tables, dir);
    const decoded = decodeDashboardData(JSON.parse(await readFile(path.join(dir, 'data.json'), 'utf8')));
    expect(decoded).toEqual(tables);
    const region = decoded.remunerations.find((row) => row.niveau === 'region');
    expect(region?.montant_total).toBe(13295968.61);
    expect(decoded.cds.map((row) => row.code)).toEqual(['75', '77', '78', '91', '92', '93', '94', '95', '11']);
  });

  it('gives the same bytes for the same tables', async () => {
    await writeDashboardData(tables, path.join(dir, 'a'));
    await writeDashboardData(structuredClone(tables), path.join(dir, 'b'));
    const a = await readFile(path.join(dir, 'a', 'data.json'));
    const b = await readFile(path.join(dir, 'b', 'data.json'));
    expect(a.equals(b)).toBe(true);
  });

  it('keeps codes as text, so a leading zero or 2A survives', () => {
    const withCorsica: PublishedTables = {
      ...tables,
      cds: [
        { niveau: 'departement', code: '2A', nb_dentaire: 1, nb_infirmier: 0, nb_medical: 0, nb_polyvalent: null, nb_total: 1 },
        { niveau: 'departement', code: '01', nb_dentaire: 0, nb_infirmier: 0, nb_medical: 0, nb_polyvalent: 0, nb_total: 0 },
      ],
    };
    const decoded = decodeDashboardData(JSON.parse(encodeDashboardData(withCorsica)));
    expect(decoded.cds.map((row) => row.code)).toEqual(['2A', '01']);
    expect(decoded.cds[0]!.nb_polyvalent).toBeNull();
  });

  it('rounds figures to 4 decimals, enough for every format the page shows', () => {
    const means: PublishedTables = { ...tables, remunerations: tables.remunerations.map((row) => ({ ...row, moyenne: 82073.88030864196 })) };
    const decoded = decodeDashboardData(JSON.parse(encodeDashboardData(means)));
    expect(decoded.remunerations[0]!.moyenne).toBe(82073.8803);
    expect(decoded.remunerations.at(-1)!.montant_total).toBe(13295968.61);
  });
});

describe('decodeDashboardData(json)', () => {
  it('refuses a file whose columns are not the contract columns', () => {
    const encoded = JSON.parse(encodeDashboardData(tables));
    encoded.tables.cds.columns = ['niveau', 'code', 'nb_total'];
    expect(() => decodeDashboardData(encoded)).toThrow(/table cds has columns niveau,code,nb_total/);
  });

  it('refuses an unknown format version', () => {
    expect(() => decodeDashboardData({ version: 99, tables: {} })).toThrow(/unsupported format/);
  });
});
