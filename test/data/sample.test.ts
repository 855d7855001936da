import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GenerationSummary } from '../../data/generate';
import { sharedGeneration } from '../support/fixture-runs';
import { frenchNumber, physicalLines, readExport } from './helpers/read-export';

const SAMPLE = path.resolve(__dirname, '../../data/sample');
const FILES = [
  'cpts_communes.csv',
  'depistage.csv',
  'evenements_structures.csv',
  'indicateurs.csv',
  'indicateurs_territoriaux.csv',
  'patientele.csv',
  'professionnels.csv',
  'remunerations.csv',
  'structures.csv',
];

let dir: string;
let summary: GenerationSummary;

beforeAll(async () => {
  // generateExports({ scale: 'region' }) with the default seed, shared with the other test files.
  ({ dir, summary } = await sharedGeneration('region'));
});

describe('generateExports({ scale: "region" })', () => {
  it('rewrites the committed data/sample byte for byte', () => {
    expect(readdirSync(SAMPLE).sort()).toEqual(FILES);
    expect(readdirSync(dir).sort()).toEqual(FILES);
    for (const file of FILES) {
      const committed = readFileSync(path.join(SAMPLE, file));
      const regenerated = readFileSync(path.join(dir, file));
      expect(regenerated.equals(committed), `${file} differs from data/sample/${file}: run npm run sample`).toBe(true);
    }
  });

  it('reports the rows it wrote per file', () => {
    for (const file of summary.files) {
      const records = readExport(SAMPLE, file.file).length;
      expect(file.rows, file.file).toBe(records);
    }
    expect(summary.rows).toBe(summary.files.reduce((sum, file) => sum + file.rows, 0));
  });
});

describe('the sample’s planted bad rows', () => {
  const planted = [
    {
      file: 'structures.csv',
      line: 33,
      column: 'code_commune',
      value: '75999',
      rule: 'unknown-commune',
      text: 'CDS750282;CDS;dentaire;Centre de santé dentaire (saisie manuelle);75999;75;01/03/2024;;actif;;',
    },
    {
      file: 'patientele.csv',
      line: 442,
      column: 'enfants_0_16',
      value: '-525',
      rule: 'negative-count',
      text: 'MSP750012,2024,5452,-525,7601,11.6,1.8,,,',
    },
    {
      file: 'patientele.csv',
      line: 471,
      column: 'id_structure',
      value: 'MSP750020',
      rule: 'duplicate-key',
      text: 'MSP750020,2024,2774,397,5462,4.7,1.7,,,',
    },
    {
      file: 'remunerations.csv',
      line: 452,
      column: 'solde',
      value: '43\u202f129,59\u00a0€',
      rule: 'amounts-disagree',
      text: '2024;MSP750015;Oui;75\u202f654,89\u00a0€;32\u202f625,30\u00a0€;43\u202f129,59\u00a0€;O;',
    },
    {
      file: 'remunerations.csv',
      line: 468,
      column: 'id_structure',
      value: 'MSP750037',
      rule: 'unknown-structure',
      text: '2024;MSP750037;Oui;27\u202f383,07\u00a0€;11\u202f189,81\u00a0€;16\u202f193,26\u00a0€;N;',
    },
    {
      file: 'professionnels.csv',
      line: 1636,
      column: 'profession',
      value: 'dieteticien',
      rule: 'unknown-profession',
      text: 'MSP750011;2024;dieteticien;1;',
    },
    {
      file: 'depistage.csv',
      line: 7,
      column: 'taux',
      value: '104,7',
      rule: 'percent-out-of-range',
      text: '77;2024;sein;104,7;;',
    },
    {
      file: 'indicateurs.csv',
      line: 62,
      column: 'indicateur',
      value: 'msp_teleconsultation',
      rule: 'unknown-indicator',
      text: 'MSP750003;2023;msp_teleconsultation;VRAI;120;840,00',
    },
    {
      file: 'indicateurs.csv',
      line: 123,
      column: 'id_structure',
      value: 'MSP750006',
      rule: 'duplicate-key',
      text: 'MSP750006;2023;msp_crises_sanitaires;VRAI;0;0,00',
    },
    {
      file: 'indicateurs.csv',
      line: 3424,
      column: 'indicateur',
      value: 'msp_ipa',
      rule: 'indicator-of-other-type',
      text: 'CDS750002;2023;msp_ipa;VRAI;0;0,00',
    },
    {
      file: 'indicateurs_territoriaux.csv',
      line: 18,
      column: 'territoire',
      value: '20',
      rule: 'unknown-territory',
      text: '20\t2024-04\tpsychologues_mon_soutien_psy\t14\t\tnombre\t\t\t\t',
    },
    {
      file: 'indicateurs_territoriaux.csv',
      line: 175,
      column: 'unite',
      value: 'pourcentage',
      rule: 'unit-conflict',
      text: '75\t2024-04\tprado_ic\t12,5\t\tpourcentage\t\t\t\t',
    },
    {
      file: 'indicateurs_territoriaux.csv',
      line: 179,
      column: 'valeur',
      value: '112,4\u00a0%',
      rule: 'percent-out-of-range',
      text: '77\t2023\tprado_maternite_taux_adhesion\t112,4\u00a0%\t\tpourcentage\t\t\t\t',
    },
    // Version 3: breakdowns and quarters, then the agreement events (Windows-1252, read decoded).
    {
      file: 'indicateurs_territoriaux.csv',
      line: 213,
      column: 'modalite',
      value: '',
      rule: 'dimension-without-modality',
      text: 'R11\t2024\tmon_bilan_prevention_executants\t3\t\t\t\tprofession\t\t',
    },
    {
      file: 'indicateurs_territoriaux.csv',
      line: 349,
      column: 'unite',
      value: 'pourcentage',
      rule: 'unit-conflict',
      text: '77\t2023-T2\tdmp_documents\t12,4\u00a0%\t\tpourcentage\t\tacteur\tmedecin_ville\tMédecins de ville',
    },
    {
      file: 'indicateurs_territoriaux.csv',
      line: 374,
      column: 'periode',
      value: '2024-T5',
      rule: 'unreadable-period',
      text: '78\t2024-T5\te_prescription\t1234\tOrdonnances numériques émises\t\t\t\t\t',
    },
    {
      file: 'indicateurs_territoriaux.csv',
      line: 431,
      column: 'periode',
      value: '2024-T1',
      rule: 'period-kind-conflict',
      text: '75\t2024-T1\tbeyfortus_delivrances\t561\t\t\t\t\t\t',
    },
    {
      file: 'indicateurs_territoriaux.csv',
      line: 438,
      column: 'dimension',
      value: '',
      rule: 'modality-without-dimension',
      text: '77\t2023\tdepistage_col_uterus\t12,0\u00a0%\t\tpourcentage\tNon\t\torganise\tDépistage organisé',
    },
    {
      file: 'evenements_structures.csv',
      line: 6,
      column: 'id_structure',
      value: 'CDS750283',
      rule: 'unknown-structure',
      text: 'CDS750283;22/10/2022;controle_lance;;Signalement d’un patient',
    },
    {
      file: 'evenements_structures.csv',
      line: 12,
      column: 'id_structure',
      value: 'CDS750207',
      rule: 'duplicate-key',
      text: 'CDS750207;06/01/2023;controle_lance;Groupe Vision Plus;Signalements de patients : actes non réalisés (saisie complétée)',
    },
    {
      file: 'evenements_structures.csv',
      line: 19,
      column: 'evenement',
      value: 'fermeture',
      rule: 'unknown-event',
      text: 'CDS750066;17/02/2023;fermeture;;Fermeture du site annexe',
    },
    {
      file: 'evenements_structures.csv',
      line: 63,
      column: 'date',
      value: '13/03/2042',
      rule: 'date-after-arrete',
      text: 'CDS940028;13/03/2042;deconventionnement;Groupe Sourire Santé;Facturation d’actes non réalisés',
    },
  ];

  it('are the twenty-two the generator reports (thirteen of versions 1–2, nine of version 3)', () => {
    expect(summary.planted).toHaveLength(22);
    expect(summary.planted).toEqual(planted.map(({ text: _text, ...row }) => row));
  });

  it.each(planted)('$file line $line holds the $rule row', ({ file, line, text }) => {
    expect(physicalLines(SAMPLE, file)[line - 1]).toBe(text);
  });

  it('include a duplicate whose first occurrence comes earlier in the file', () => {
    const lines = physicalLines(SAMPLE, 'patientele.csv');
    const first = lines.findIndex((line) => line.startsWith('MSP750020,2024,'));
    expect(first + 1).toBe(450);
    expect(lines.slice(first + 1).filter((line) => line.startsWith('MSP750020,2024,'))).toHaveLength(1);
  });

  it('include a repeated agreement event whose first occurrence is the line before', () => {
    const lines = physicalLines(SAMPLE, 'evenements_structures.csv');
    const key = 'CDS750207;06/01/2023;controle_lance;';
    expect(lines.flatMap((line, i) => (line.startsWith(key) ? [i + 1] : []))).toEqual([11, 12]);
  });

  it('give the unknown structures no row in structures.csv', () => {
    const ids = new Set(readExport(SAMPLE, 'structures.csv').map((row) => row.id_structure));
    expect(ids.has('MSP750037')).toBe(false);
    expect(ids.has('CDS750283')).toBe(false);
    // The event's neighbour is structures.csv's own planted centre, not a centre of the sample.
    expect(ids.has('CDS750282')).toBe(true);
  });
});

describe('the sample is as messy as the contract allows', () => {
  const bytes = (file: string) => readFileSync(path.join(SAMPLE, file));

  it('structures.csv is Windows-1252 with `;`, CRLF, and the bytes Node’s TextDecoder gets wrong', () => {
    const raw = bytes('structures.csv');
    expect(raw.subarray(0, 13).toString('latin1')).toBe('id_structure;');
    expect(raw.includes(0xe9)).toBe(true); // é
    expect(raw.includes(0x92)).toBe(true); // ’
    expect(raw.includes(0x9c)).toBe(true); // œ
    expect(raw.toString('utf8').includes('\ufffd')).toBe(true); // not UTF-8
    const text = raw.toString('latin1');
    expect(text.split('\r\n').length).toBeGreaterThan(1300);
    // Outside quoted names, every line ends with CRLF.
    expect(/[^\r]\n/.test(text.replace(/"[^"]*"/g, ''))).toBe(false);
  });

  it('structures.csv has quoted names holding the delimiter and a line break', () => {
    const text = readFileSync(path.join(SAMPLE, 'structures.csv'), 'latin1');
    const quoted = text.match(/"[^"]*"/g) ?? [];
    expect(quoted.length).toBeGreaterThan(5);
    for (const field of quoted) expect(field).toMatch(/;[^"]*\n/);
  });

  it('evenements_structures.csv is the referential tool’s Windows-1252, `;`, CRLF, dated DD/MM/YYYY in date order', () => {
    const raw = bytes('evenements_structures.csv');
    expect(raw.includes(0xc9)).toBe(true); // É of the header
    expect(raw.includes(0x92)).toBe(true); // ’
    expect(raw.includes(0xf4)).toBe(true); // ô
    expect(raw.toString('utf8').includes('\ufffd')).toBe(true); // not UTF-8
    const text = iconv.decode(raw, 'win1252');
    expect(text.startsWith('Identifiant structure;Date;Événement;Groupe;Motif\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(/[^\r]\n/.test(text)).toBe(false);
    const rows = readExport(SAMPLE, 'evenements_structures.csv');
    expect(rows.length).toBe(65); // the README's 65 rows, the 4 planted ones included
    const day = (date: string) => date.split('/').reverse().join('-');
    for (const row of rows) expect(row.Date).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    // In date order, all on or before the arrêté of 30/04/2024 but the planted 2042.
    const dates = rows.map((row) => day(row.Date!)).filter((date) => date <= '2024-04-30');
    expect(dates).toEqual([...dates].sort());
    expect(rows.length - dates.length).toBe(1);
    expect(rows.some((row) => row.Motif === '')).toBe(true);
  });

  it('patientele.csv is UTF-8 with BOM, `,` and dot decimals', () => {
    const raw = bytes('patientele.csv');
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = physicalLines(SAMPLE, 'patientele.csv');
    expect(lines[0]).toBe(
      'id_structure,annee,patientele_mt,enfants_0_16,file_active,part_css,part_ame,Patientèle MT élargie,File active dentaire,File active infirmière',
    );
    expect(lines[1]).toMatch(/^MSP\d{6},2021,\d+,\d+,\d+,(\d+\.\d|NS),(\d+\.\d|NS),,,$/);
  });

  it('remunerations.csv has accented headers in another order and amounts grouped by U+00A0 or U+202F', () => {
    const text = readFileSync(path.join(SAMPLE, 'remunerations.csv'), 'utf8');
    expect(text.split('\n')[0]).toBe('Année;ID structure;Prérequis atteints;Montant total;Avance;Solde;Année complète;Avance année suivante');
    expect(text).toMatch(/;\d{1,3}\u00a0\d{3},\d{2}\u00a0€;/);
    expect(text).toMatch(/;\d{1,3}\u202f\d{3},\d{2}\u00a0€;/);
  });

  it('optional columns hold a few `NS` (masked by the source)', () => {
    const patientele = readExport(SAMPLE, 'patientele.csv');
    const masked = patientele.filter((row) => row.part_css === 'NS' || row.part_ame === 'NS').length;
    expect(masked).toBeGreaterThan(5);
    expect(masked).toBeLessThan(patientele.length * 0.1);
    expect(readExport(SAMPLE, 'structures.csv').some((row) => row.multi_sites === 'NS')).toBe(true);
    expect(readExport(SAMPLE, 'structures.csv').some((row) => row.population_couverte === 'NS')).toBe(true);
  });

  it('depistage.csv gives rates for some departments and counts for others, plus R11 rows', () => {
    const rows = readExport(SAMPLE, 'depistage.csv');
    expect(rows.some((row) => row.taux === '' && Number(row.nb_depistes) > 0 && Number(row.population_cible) > 0)).toBe(true);
    expect(rows.filter((row) => row.territoire === 'R11')).toHaveLength(9);
  });
});

describe('the sample is calibrated on the Île-de-France deck of June 2024', () => {
  it('signs the deck’s MSP contracts per year and has about 184 MSP under contract at the end of 2024', () => {
    const msp = readExport(SAMPLE, 'structures.csv').filter((row) => row.type_structure === 'MSP');
    const perYear = new Map<string, number>();
    for (const row of msp) perYear.set(row.date_adhesion!.slice(6), (perYear.get(row.date_adhesion!.slice(6)) ?? 0) + 1);
    const deck = { 2015: 25, 2016: 5, 2017: 13, 2018: 15, 2019: 23, 2020: 18, 2021: 26, 2022: 25, 2023: 21 };
    for (const [year, count] of Object.entries(deck)) expect(perYear.get(year), year).toBe(count);
    const active = msp.filter((row) => row.statut === 'actif').length;
    expect(active).toBeGreaterThanOrEqual(175);
    expect(active).toBeLessThanOrEqual(195);
  });

  it('has about 1 000 active CDS, dental ones first, and about 120 CPTS', () => {
    const structures = readExport(SAMPLE, 'structures.csv');
    const cds = structures.filter((row) => row.type_structure === 'CDS' && row.statut === 'actif');
    expect(cds.length).toBeGreaterThan(950);
    expect(cds.length).toBeLessThan(1050);
    const dental = cds.filter((row) => row.categorie === 'dentaire').length;
    expect(dental / cds.length).toBeGreaterThan(0.45);
    const cpts = structures.filter((row) => row.type_structure === 'CPTS');
    expect(cpts.length).toBeGreaterThan(110);
    expect(cpts.length).toBeLessThan(130);
  });

  it('gives a 2023 patientèle MT near 5 300 per MSP and a paid remuneration near 82 000 €', () => {
    const patientele = readExport(SAMPLE, 'patientele.csv').filter((row) => row.annee === '2023' && row.id_structure!.startsWith('MSP'));
    const mt = patientele.reduce((sum, row) => sum + Number(row.patientele_mt), 0) / patientele.length;
    expect(mt).toBeGreaterThan(5000);
    expect(mt).toBeLessThan(5600);
    const paid = readExport(SAMPLE, 'remunerations.csv').filter(
      (row) => row.Année === '2023' && row['Prérequis atteints'] === 'Oui' && row['ID structure']!.startsWith('MSP'),
    );
    const total = paid.reduce((sum, row) => sum + frenchNumber(row['Montant total']!), 0);
    expect(paid.length).toBeGreaterThan(150);
    expect(paid.length).toBeLessThan(175);
    expect(total / paid.length).toBeGreaterThan(76_000);
    expect(total / paid.length).toBeLessThan(88_000);
  });

  it('covers 2021–2024 for patientèle and remuneration, with the 15 professions', () => {
    const years = (file: string, column: string) => [...new Set(readExport(SAMPLE, file).map((row) => row[column]))].sort();
    expect(years('patientele.csv', 'annee')).toEqual(['2021', '2022', '2023', '2024']);
    expect(years('remunerations.csv', 'Année')).toEqual(['2021', '2022', '2023', '2024']);
    const professions = new Set(readExport(SAMPLE, 'professionnels.csv').map((row) => row.profession));
    professions.delete('dieteticien');
    expect(professions.size).toBe(15);
  });

  it('builds CPTS territories from real Île-de-France commune codes', async () => {
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const communes = require('@etalab/decoupage-administratif/data/communes.json') as { code: string; type: string; region?: string }[];
    const idf = new Set(communes.filter((c) => c.type === 'commune-actuelle' && c.region === '11').map((c) => c.code));
    const territory = readExport(SAMPLE, 'cpts_communes.csv');
    expect(territory.length).toBeGreaterThan(1000);
    for (const row of territory) expect(idf.has(row.CODE_COMMUNE!), row.CODE_COMMUNE).toBe(true);
  });
});
