import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEPARTEMENTS, REGIONS } from '../../core';
import { type GenerationSummary, generateExports } from '../../data/generate';
import { sharedGeneration } from '../support/fixture-runs';
import { readExport } from './helpers/read-export';

let dir: string;
let summary: GenerationSummary;

beforeAll(async () => {
  // generateExports({ scale: 'national' }) with the default seed, shared with the dashboard's France view.
  ({ dir, summary } = await sharedGeneration('national'));
});

const digest = (folder: string, file: string) =>
  createHash('sha256')
    .update(readFileSync(path.join(folder, file)))
    .digest('hex');

describe('generateExports({ scale: "national" })', () => {
  it('places about 3 000 MSP, 3 000 CDS and 1 000 CPTS in all 101 departments', () => {
    const structures = readExport(dir, 'structures.csv');
    const count = (type: string) => structures.filter((row) => row.type_structure === type).length;
    expect(count('MSP')).toBeGreaterThan(2900);
    expect(count('MSP')).toBeLessThan(3200);
    expect(count('CDS')).toBe(3001); // 3 000 and the planted one with an unknown commune
    expect(count('CPTS')).toBe(1000);
    const communes = new Map(structures.map((row) => [row.code_commune!.slice(0, row.code_commune!.startsWith('97') ? 3 : 2), 1]));
    for (const departement of DEPARTEMENTS) expect(communes.has(departement.code), departement.code).toBe(true);
  });

  it('gives CPTS territories covering about 35 000 communes', () => {
    const territory = readExport(dir, 'cpts_communes.csv');
    const communes = new Set(territory.map((row) => row.CODE_COMMUNE));
    expect(communes.size).toBeGreaterThan(34_500);
    // A few CPTS share a city that cannot be cut into as many territories: the source lists none for them.
    const listed = new Set(territory.map((row) => row.ID_STRUCTURE)).size;
    expect(listed).toBeGreaterThan(990);
    expect(listed).toBeLessThanOrEqual(1000);
  });

  it('has ten years of patientèle and remuneration, and screening for every department and region', () => {
    const years = (file: string, column: string) => new Set(readExport(dir, file).map((row) => row[column]));
    const decade = Array.from({ length: 10 }, (_, i) => String(2015 + i));
    expect([...years('patientele.csv', 'annee')].sort()).toEqual(decade);
    expect([...years('remunerations.csv', 'Année')].sort()).toEqual(decade);
    const territories = years('depistage.csv', 'territoire');
    for (const departement of DEPARTEMENTS) expect(territories.has(departement.code), departement.code).toBe(true);
    for (const region of REGIONS) expect(territories.has(`R${region.code}`), region.code).toBe(true);
  });

  it('details the 2023 remuneration of about 2 500 MSP and 2 500 CDS indicator by indicator', () => {
    const rows = readExport(dir, 'indicateurs.csv');
    expect(new Set(rows.map((row) => row.Année))).toEqual(new Set(['2023']));
    const structures = (prefix: string) => new Set(rows.filter((row) => row['ID structure']!.startsWith(prefix)).map((row) => row['ID structure'])).size;
    expect(structures('MSP')).toBeGreaterThan(2300);
    expect(structures('MSP')).toBeLessThan(3000);
    expect(structures('CDS')).toBeGreaterThan(2000);
    expect(structures('CDS')).toBeLessThan(2800);
    // 20 MSP indicators, 30 CDS ones, and the three planted rows.
    expect(rows.length).toBe(20 * structures('MSP') + 30 * structures('CDS') + 3);
  });

  it('gives the other programmes for every department and every region', () => {
    const rows = readExport(dir, 'indicateurs_territoriaux.csv');
    const psy = new Set(rows.filter((row) => row.Indicateur === 'psychologues_mon_soutien_psy').map((row) => row.Territoire));
    for (const departement of DEPARTEMENTS) expect(psy.has(departement.code), departement.code).toBe(true);
    const bilan = rows.filter((row) => row.Indicateur === 'mon_bilan_prevention');
    const regions = new Set(REGIONS.map((region) => `R${region.code}`));
    // Version 2: the region rows by month of care, for every region and no department.
    const monthly = bilan.filter((row) => /^\d{4}-\d{2}$/.test(row.Période!));
    expect(new Set(monthly.map((row) => row.Territoire))).toEqual(regions);
    // Version 3: the year to date, a total for every department, by profession for every region.
    const year = bilan.filter((row) => row.Période === '2024');
    const totals = year.filter((row) => row.Dimension === '' && row.Modalité === '');
    expect(totals.map((row) => row.Territoire).sort()).toEqual(DEPARTEMENTS.map((departement) => departement.code).sort());
    const byProfession = year.filter((row) => row.Dimension === 'profession');
    expect(new Set(byProfession.map((row) => row.Territoire))).toEqual(regions);
    expect(byProfession).toHaveLength(4 * REGIONS.length);
    expect(monthly.length + totals.length + byProfession.length).toBe(bilan.length);
  });

  it('plants the same twenty-two bad rows as the sample', () => {
    expect(summary.planted.map((row) => `${row.file} ${row.rule}`)).toEqual([
      'structures.csv unknown-commune',
      'patientele.csv negative-count',
      'patientele.csv duplicate-key',
      'remunerations.csv amounts-disagree',
      'remunerations.csv unknown-structure',
      'professionnels.csv unknown-profession',
      'depistage.csv percent-out-of-range',
      'indicateurs.csv unknown-indicator',
      'indicateurs.csv duplicate-key',
      'indicateurs.csv indicator-of-other-type',
      'indicateurs_territoriaux.csv unknown-territory',
      'indicateurs_territoriaux.csv unit-conflict',
      'indicateurs_territoriaux.csv percent-out-of-range',
      'indicateurs_territoriaux.csv dimension-without-modality',
      'indicateurs_territoriaux.csv unit-conflict',
      'indicateurs_territoriaux.csv unreadable-period',
      'indicateurs_territoriaux.csv period-kind-conflict',
      'indicateurs_territoriaux.csv modality-without-dimension',
      'evenements_structures.csv unknown-structure',
      'evenements_structures.csv duplicate-key',
      'evenements_structures.csv unknown-event',
      'evenements_structures.csv date-after-arrete',
    ]);
  });

  it('writes the same bytes for the same seed and others for another seed', () => {
    const again = mkdtempSync(path.join(os.tmpdir(), 'national-'));
    const other = mkdtempSync(path.join(os.tmpdir(), 'national-'));
    try {
      generateExports({ scale: 'national', out: again });
      generateExports({ scale: 'national', out: other, seed: 7 });
      for (const { file } of summary.files) {
        expect(digest(again, file), file).toBe(digest(dir, file));
        expect(digest(other, file), file).not.toBe(digest(dir, file));
      }
    } finally {
      rmSync(again, { recursive: true, force: true });
      rmSync(other, { recursive: true, force: true });
    }
  });
});
