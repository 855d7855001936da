// The committed sample's version-2 content: what the deck's CDS block, groups, indicators and
// other programmes are computed from, read back from the files as a person would.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { frenchNumber, physicalLines, readExport } from './helpers/read-export';

const SAMPLE = path.resolve(__dirname, '../../data/sample');
const REFERENCE = path.resolve(__dirname, '../../data/reference/indicateurs.csv');

const structures = readExport(SAMPLE, 'structures.csv');
const typeOf = new Map(structures.map((row) => [row.id_structure!, row.type_structure!]));
const categoryOf = new Map(structures.map((row) => [row.id_structure!, row.categorie!]));
const reference = Papa.parse<Record<string, string>>(readFileSync(REFERENCE, 'utf8'), { header: true, skipEmptyLines: true }).data;
const codesOf = (type: string) => reference.filter((row) => row.type_structure === type).map((row) => row.code!);
const prerequisites = new Set(reference.filter((row) => row.nature === 'prerequis').map((row) => row.code!));

/** Rows with their physical line (header = 1): no export of these three has a quoted line break. */
const withLines = (file: string) => readExport(SAMPLE, file).map((row, i) => ({ row, line: i + 2 }));
const PLANTED_INDICATOR_LINES = new Set([62, 123, 3424]);

const remunerations = readExport(SAMPLE, 'remunerations.csv');
const remunerationOf = new Map(remunerations.map((row) => [`${row['ID structure']}|${row.Année}`, row]));
const cents = (text: string) => Math.round(frenchNumber(text) * 100);

describe('indicateurs.csv', () => {
  const kept = withLines('indicateurs.csv')
    .filter(({ line }) => !PLANTED_INDICATOR_LINES.has(line))
    .map(({ row }) => row);
  const byStructure = new Map<string, Record<string, string>[]>();
  for (const row of kept) {
    const key = `${row['ID structure']}|${row.Année}`;
    byStructure.set(key, [...(byStructure.get(key) ?? []), row]);
  }

  it('is Excel’s CSV: `;`, CRLF, VRAI/FAUX, decimal commas', () => {
    const text = readFileSync(path.join(SAMPLE, 'indicateurs.csv'), 'utf8');
    expect(text.startsWith('ID structure;Année;Indicateur;Atteint;Points;Montant\r\n')).toBe(true);
    expect(text.split('\r\n')[1]).toMatch(/^MSP\d{6};2023;msp_acces_soins;(VRAI|FAUX);\d+;\d+,\d{2}$/);
    expect(new Set(kept.map((row) => row.Atteint))).toEqual(new Set(['VRAI', 'FAUX']));
  });

  it('gives every structure paid for 2023 one row per indicator of its type’s reference list, in order', () => {
    const paid2023 = remunerations.filter((row) => row.Année === '2023' && typeOf.has(row['ID structure']!));
    expect(byStructure.size).toBe(paid2023.length);
    expect(paid2023.filter((row) => row['ID structure']!.startsWith('CDS')).length).toBeGreaterThan(700);
    for (const [key, rows] of byStructure) {
      const id = key.split('|')[0]!;
      expect(
        rows.map((row) => row.Indicateur),
        key,
      ).toEqual(codesOf(typeOf.get(id)!));
    }
    expect(kept).toHaveLength([...byStructure.keys()].reduce((sum, key) => sum + codesOf(typeOf.get(key.split('|')[0]!)!).length, 0));
  });

  it('has amounts adding up to the structure’s montant_total to the cent', () => {
    for (const [key, rows] of byStructure) {
      const total = rows.reduce((sum, row) => sum + cents(row.Montant!), 0);
      expect(total, key).toBe(cents(remunerationOf.get(key)!['Montant total']!));
    }
  });

  it('is consistent with prerequis_atteints: all prerequisites reached, or nothing paid for any indicator', () => {
    let missed = 0;
    for (const [key, rows] of byStructure) {
      const met = remunerationOf.get(key)!['Prérequis atteints'] === 'Oui';
      const reached = rows.filter((row) => prerequisites.has(row.Indicateur!)).every((row) => row.Atteint === 'VRAI');
      expect(reached, key).toBe(met);
      if (!met) {
        missed++;
        for (const row of rows) expect(row.Montant, key).toBe('0,00');
      }
      for (const row of rows) if (row.Atteint === 'FAUX') expect(row.Montant, key).toBe('0,00');
    }
    expect(missed).toBeGreaterThan(50);
  });

  it('reaches the optional indicators about as often as the deck says', () => {
    const share = (code: string) => {
      const rows = kept.filter((row) => row.Indicateur === code);
      return rows.filter((row) => row.Atteint === 'VRAI').length / rows.length;
    };
    expect(share('msp_concertation')).toBeGreaterThan(0.85);
    expect(share('msp_ipa')).toBeLessThan(0.2);
    expect(share('cds_teleservices')).toBeGreaterThan(share('cds_mssante_patients') + 0.3);
  });
});

describe('remunerations.csv (version 2)', () => {
  const group = (row: Record<string, string>): number => {
    const solde = frenchNumber(row.Solde!);
    const next = row['Avance année suivante'] === '' ? null : frenchNumber(row['Avance année suivante']!);
    if (row['Prérequis atteints'] === 'Oui') return solde >= 0 ? 1 : next !== null && next >= -solde ? 2 : 3;
    return frenchNumber(row.Avance!) > 0 ? 4 : 5;
  };

  it('holds CDS rows for 2022–2024 and MSP rows for 2021–2024', () => {
    const years = (type: string) => [...new Set(remunerations.filter((r) => r['ID structure']!.startsWith(type)).map((r) => r.Année))].sort();
    expect(years('CDS')).toEqual(['2022', '2023', '2024']);
    expect(years('MSP')).toEqual(['2021', '2022', '2023', '2024']);
  });

  it('writes negative balances as `-1 234,56 €`, with avance + solde = montant_total', () => {
    const negative = remunerations.filter((row) => row.Solde!.startsWith('-'));
    expect(negative.some((row) => row['ID structure']!.startsWith('MSP'))).toBe(true);
    expect(negative.filter((row) => row['ID structure']!.startsWith('CDS')).length).toBeGreaterThan(100);
    for (const row of negative) {
      expect(row.Solde).toMatch(/^-\d{1,3}([\u00a0\u202f]\d{3})*,\d{2}\u00a0€$/);
      expect(cents(row.Avance!) + cents(row.Solde!)).toBe(cents(row['Montant total']!));
    }
  });

  it('gives as next year’s advance the advance of the next year’s row, empty for 2024', () => {
    let checked = 0;
    for (const row of remunerations) {
      const next = remunerationOf.get(`${row['ID structure']}|${Number(row.Année) + 1}`);
      if (row.Année === '2024') expect(row['Avance année suivante']).toBe('');
      else if (next) {
        expect(row['Avance année suivante'], row['ID structure']).toBe(next.Avance);
        checked++;
      } else expect(row['Avance année suivante'], row['ID structure']).toBe('');
    }
    expect(checked).toBeGreaterThan(1800);
  });

  it('puts the CDS of 2023 in the five groups about as the deck does (78,7 / 0,9 / 0,1 / 12,4 / 7,8 %)', () => {
    const cds = remunerations.filter((row) => row.Année === '2023' && row['ID structure']!.startsWith('CDS'));
    const counts = [1, 2, 3, 4, 5].map((g) => cds.filter((row) => group(row) === g).length);
    const pct = counts.map((count) => (100 * count) / cds.length);
    expect(pct[0]).toBeGreaterThan(70);
    expect(pct[0]).toBeLessThan(85);
    expect(counts[1]).toBeGreaterThan(0);
    expect(counts[2]).toBeGreaterThan(0);
    expect(pct[3]).toBeGreaterThan(8);
    expect(pct[3]).toBeLessThan(18);
    expect(pct[4]).toBeGreaterThan(4);
    expect(pct[4]).toBeLessThan(12);
  });

  it('pays polyvalent and medical centres about 77 800 € on average, dental ones about 27 000 €', () => {
    const mean = (categories: string[]) => {
      const paid = remunerations.filter(
        (row) => row.Année === '2023' && row['Prérequis atteints'] === 'Oui' && categories.includes(categoryOf.get(row['ID structure']!) ?? ''),
      );
      return paid.reduce((sum, row) => sum + frenchNumber(row['Montant total']!), 0) / paid.length;
    };
    expect(mean(['polyvalent', 'medical'])).toBeGreaterThan(65_000);
    expect(mean(['polyvalent', 'medical'])).toBeLessThan(90_000);
    expect(mean(['dentaire'])).toBeGreaterThan(22_000);
    expect(mean(['dentaire'])).toBeLessThan(34_000);
  });
});

describe('patientele.csv (version 2)', () => {
  const patientele = readExport(SAMPLE, 'patientele.csv');
  const cds = patientele.filter((row) => row.id_structure!.startsWith('CDS'));
  const ofCategory = (category: string) => cds.filter((row) => categoryOf.get(row.id_structure!) === category);

  it('leaves the new columns empty on MSP rows', () => {
    for (const row of patientele.filter((r) => r.id_structure!.startsWith('MSP'))) {
      expect([row['Patientèle MT élargie'], row['File active dentaire'], row['File active infirmière']]).toEqual(['', '', '']);
    }
  });

  it('gives dental centres a dental file active and no médecin traitant patients (empty, not 0)', () => {
    const dental = ofCategory('dentaire');
    expect(dental.length).toBeGreaterThan(1000);
    for (const row of dental) {
      expect([row.patientele_mt, row.enfants_0_16, row.file_active, row['Patientèle MT élargie']]).toEqual(['', '', '', '']);
      expect(Number(row['File active dentaire'])).toBeGreaterThan(0);
    }
  });

  it('gives nursing centres a nursing file active only', () => {
    const nursing = ofCategory('infirmier');
    expect(nursing.length).toBeGreaterThan(10);
    for (const row of nursing) {
      expect(row.patientele_mt).toBe('');
      expect(row['File active dentaire']).toBe('');
      expect(Number(row['File active infirmière'])).toBeGreaterThan(0);
    }
  });

  it('gives polyvalent and medical centres MT ≤ widened patientèle, near the deck’s 2023 means', () => {
    const rows = [...ofCategory('polyvalent'), ...ofCategory('medical')];
    for (const row of rows) expect(Number(row['Patientèle MT élargie'])).toBeGreaterThanOrEqual(Number(row.patientele_mt));
    const of2023 = rows.filter((row) => row.annee === '2023');
    const mean = (column: string) => of2023.reduce((sum, row) => sum + Number(row[column]), 0) / of2023.length;
    expect(mean('patientele_mt')).toBeGreaterThan(1100);
    expect(mean('patientele_mt')).toBeLessThan(1450);
    expect(mean('file_active')).toBeGreaterThan(6200);
    expect(mean('file_active')).toBeLessThan(8200);
    expect(of2023.some((row) => row['File active dentaire'] === '')).toBe(true);
    expect(of2023.some((row) => row['File active dentaire'] !== '')).toBe(true);
  });
});

describe('professionnels.csv (version 2)', () => {
  const rows = readExport(SAMPLE, 'professionnels.csv');

  it('gives no FTE for MSP (self-employed) and FTE ≤ head count for CDS staff', () => {
    for (const row of rows.filter((r) => r.id_structure!.startsWith('MSP'))) expect(row.ETP).toBe('');
    const cds = rows.filter((r) => r.id_structure!.startsWith('CDS'));
    expect(cds.length).toBeGreaterThan(5000);
    const declared = cds.filter((row) => row.ETP !== '');
    expect(declared.length / cds.length).toBeGreaterThan(0.9);
    expect(declared.length).toBeLessThan(cds.length);
    for (const row of declared) {
      expect(row.ETP).toMatch(/^\d+,\d{2}$/);
      expect(frenchNumber(row.ETP!)).toBeLessThanOrEqual(Number(row.effectif));
    }
  });

  it('staffs dental centres with dentists and assistants, about 10 FTE each as in the deck', () => {
    const dental2023 = rows.filter((row) => row.annee === '2023' && categoryOf.get(row.id_structure!) === 'dentaire');
    const centres = new Set(dental2023.map((row) => row.id_structure)).size;
    const fte = dental2023.reduce((sum, row) => sum + (row.ETP === '' ? 0 : frenchNumber(row.ETP!)), 0);
    expect(fte / centres).toBeGreaterThan(7);
    expect(fte / centres).toBeLessThan(14);
    expect(new Set(dental2023.map((row) => row.profession))).toContain('chirurgien_dentiste');
  });
});

describe('indicateurs_territoriaux.csv', () => {
  const rows = readExport(SAMPLE, 'indicateurs_territoriaux.csv');
  /** Version 2's rows: the file's first 194 records, on the lines they had (version 3 appends its own). */
  const version2 = rows.slice(0, 194);

  it('is UTF-8 with BOM, tab-separated, CRLF, with accented headers (version 3’s three included)', () => {
    const raw = readFileSync(path.join(SAMPLE, 'indicateurs_territoriaux.csv'));
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(physicalLines(SAMPLE, 'indicateurs_territoriaux.csv')[0]).toBe(
      'Territoire\tPériode\tIndicateur\tValeur\tLibellé\tUnité\tAdditif\tDimension\tModalité\tLibellé modalité',
    );
    expect(raw.toString('utf8').split('\r\n').length).toBe(rows.length + 2);
  });

  it('keeps version 2’s rows first, their breakdown cells empty, before version 3’s', () => {
    expect(rows).toHaveLength(194 + 264);
    for (const row of version2) expect([row.Dimension, row.Modalité, row['Libellé modalité']], `${row.Territoire} ${row.Indicateur}`).toEqual(['', '', '']);
    // The last version-2 row, then the first of version 3: the year to date of Mon bilan prévention by profession.
    expect([version2.at(-1)!.Territoire, version2.at(-1)!.Période]).toEqual(['R11', '2024-04']);
    expect([rows[194]!.Période, rows[194]!.Dimension, rows[194]!.Modalité]).toEqual(['2024', 'profession', 'medecin_generaliste']);
  });

  it('holds the three programmes by department and region, by year or month', () => {
    const codes = new Set(version2.map((row) => row.Indicateur));
    for (const code of [
      'psychologues_mon_soutien_psy',
      'mon_soutien_psy_montant',
      'prado_ic',
      'prado_bpco',
      'prado_maternite_taux_adhesion',
      'mon_bilan_prevention',
    ]) {
      expect(codes, code).toContain(code);
    }
    expect(codes.size).toBe(6);
    for (const row of version2) expect(row.Période).toMatch(/^\d{4}(-\d{2})?$/);
    const psy = rows.filter((row) => row.Indicateur === 'psychologues_mon_soutien_psy' && row.Période === '2024-02');
    expect(psy.map((row) => row.Territoire).sort()).toEqual(['75', '77', '78', '91', '92', '93', '94', '95']);
    const total = psy.reduce((sum, row) => sum + Number(row.Valeur), 0);
    expect(total).toBeGreaterThan(200);
    expect(total).toBeLessThan(550);
    // Mon bilan prévention by month of care, the region only (version 3 adds the year to date, its own test).
    const bilan = rows.filter((row) => row.Indicateur === 'mon_bilan_prevention' && row.Période !== '2024');
    expect(bilan.map((row) => `${row.Territoire} ${row.Période}`)).toEqual(['R11 2024-01', 'R11 2024-02', 'R11 2024-03', 'R11 2024-04']);
    expect(rows.filter((row) => row.Indicateur === 'prado_ic' && row.Territoire === 'R11').map((row) => row.Période)).toEqual(['2023-04', '2024-04']);
  });

  it('labels each code on its first row and gives its unit there, amounts in euros and shares in percent', () => {
    const first = new Map<string, Record<string, string>>();
    for (const row of rows) if (!first.has(row.Indicateur!)) first.set(row.Indicateur!, row);
    for (const [code, row] of first) {
      expect(row.Libellé, code).not.toBe('');
      expect(row.Unité, code).not.toBe('');
    }
    expect(rows.some((row) => row.Libellé === '')).toBe(true);
    expect(rows.some((row) => row.Unité === '')).toBe(true);
    expect(rows.find((row) => row.Indicateur === 'mon_soutien_psy_montant')!.Valeur).toMatch(/^\d{1,3}(\u202f\d{3})*,\d{2}\u00a0€$/);
    expect(rows.find((row) => row.Indicateur === 'prado_maternite_taux_adhesion')!.Valeur).toMatch(/^\d{1,2},\d\u00a0%$/);
  });
});
