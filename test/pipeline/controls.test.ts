// The cross-checks between exports: a clean input gives no line; one planted inconsistency per
// control gives exactly its line (structure, year, both values); the public fixture gives only the
// lines its definitions explain; --strict fails on an erreur.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runControls } from '../../pipeline/controls';
import { Warehouse } from '../../pipeline/load';
import { parseControls } from '../../pipeline/publish';
import { fixtureRunOf, inputDir, run, tempDir } from './helpers';

const ROOT = path.resolve(import.meta.dirname, '../..');

const STRUCTURES = [
  'id_structure;type_structure;categorie;nom;code_commune;departement;date_adhesion;date_resiliation;statut',
  'MSP1;MSP;;MSP Belleville;75056;75;2019-03-01;;actif',
  'MSP2;MSP;;MSP Ajaccio;2A004;2A;2021-01-01;;actif',
  'CDS1;CDS;dentaire;Centre dentaire;75056;;2015-01-01;;actif',
  'CPTS1;CPTS;;CPTS Paris Est;75056;75;2021-06-01;;signataire',
];
const PATIENTELE = [
  'id_structure;annee;patientele_mt;enfants_0_16;file_active',
  'MSP1;2022;5000;800;9000',
  'MSP1;2023;5100;820;9100',
  'MSP2;2022;3000;500;6000',
  'MSP2;2023;3050;510;6100',
];
const REMUNERATIONS = [
  'id_structure;annee;montant_total;avance;solde;prerequis_atteints',
  'MSP1;2022;70000;40000;30000;oui',
  'MSP1;2023;72000,50;40000;32000,50;oui',
  'MSP2;2022;50000;30000;20000;oui',
  'MSP2;2023;51000;30000;21000;oui',
];
const PROFESSIONNELS = [
  'id_structure;annee;profession;effectif',
  'MSP1;2022;medecin_generaliste;12',
  'MSP1;2023;medecin_generaliste;12',
  'MSP2;2022;medecin_generaliste;5',
  'MSP2;2023;medecin_generaliste;5',
];
const CPTS_COMMUNES = ['id_structure;code_commune', 'CPTS1;75056'];
const DEPISTAGE = ['territoire;annee;programme;taux', '75;2022;sein;54,6', '75;2023;sein;54,4'];
// Version 2: each MSP's 2023 remuneration split over indicators, its three prerequisites reached.
const INDICATEURS = [
  'id_structure;annee;indicateur;atteint;points;montant',
  'MSP1;2023;msp_acces_soins;oui;800;40000,00',
  'MSP1;2023;msp_fonction_coordination;oui;300;20000,50',
  'MSP1;2023;msp_si_standard;oui;200;12000,00',
  'MSP1;2023;msp_ipa;non;0;0',
  'MSP2;2023;msp_acces_soins;oui;600;30000,00',
  'MSP2;2023;msp_fonction_coordination;oui;200;15000,00',
  'MSP2;2023;msp_si_standard;oui;100;6000,00',
];

interface Inputs {
  structures: string[];
  patientele: string[];
  remunerations: string[];
  professionnels: string[];
  cpts_communes: string[];
  depistage: string[];
  indicateurs: string[];
}

const BASE: Inputs = {
  structures: STRUCTURES,
  patientele: PATIENTELE,
  remunerations: REMUNERATIONS,
  professionnels: PROFESSIONNELS,
  cpts_communes: CPTS_COMMUNES,
  depistage: DEPISTAGE,
  indicateurs: INDICATEURS,
};

async function controlsOf(change: (inputs: Inputs) => Partial<Inputs> = () => ({})) {
  const inputs = { ...BASE, ...change(BASE) };
  const files = Object.fromEntries(Object.entries(inputs).map(([name, lines]) => [`${name}.csv`, `${lines.join('\n')}\n`]));
  const result = await run(await inputDir(files));
  const rows = parseControls(await readFile(path.join(result.out, 'controles.csv'), 'utf8'));
  return { rows, result };
}

/** The fields a person checks: which control, where, which structure and year, both values. */
const essentials = (rows: ReturnType<typeof parseControls>) =>
  rows.map(({ controle, gravite, dataset, id_structure, niveau, code, annee, attendu, constate }) => ({
    controle,
    gravite,
    dataset,
    id_structure,
    niveau,
    code,
    annee,
    attendu,
    constate,
  }));

describe('cross-checks between the exports', () => {
  it('find nothing in consistent exports', async () => {
    const { rows, result } = await controlsOf();
    expect(rows).toEqual([]);
    expect(result.summary.controls.counts).toEqual({ erreur: 0, alerte: 0 });
    expect(result.summary.manifest.controls).toEqual({ erreur: 0, alerte: 0 });
  });

  it('indicator amounts that do not add up to the remuneration, to the cent (erreur)', async () => {
    const { rows } = await controlsOf((b) => ({
      indicateurs: b.indicateurs.map((line) => (line.startsWith('MSP2;2023;msp_si_standard') ? 'MSP2;2023;msp_si_standard;oui;100;6000,01' : line)),
    }));
    expect(essentials(rows)).toEqual([
      {
        controle: 'montants_indicateurs',
        gravite: 'erreur',
        dataset: 'indicateurs',
        id_structure: 'MSP2',
        niveau: 'departement',
        code: '2A',
        annee: 2023,
        attendu: '51000.00',
        constate: '51000.01',
      },
    ]);
    expect(rows[0]!.message).toBe(
      'MSP MSP2 2023 : les montants de ses 3 indicateurs font 51 000,01 €, sa rémunération totale 51 000,00 € (écart 0,01 €) : corriger un montant d’indicateur ou la rémunération',
    );
  });

  it('prerequisites met while a prerequisite indicator is not reached (erreur)', async () => {
    const { rows } = await controlsOf((b) => ({
      indicateurs: b.indicateurs.map((line) => (line.startsWith('MSP1;2023;msp_si_standard') ? 'MSP1;2023;msp_si_standard;non;200;12000,00' : line)),
    }));
    expect(essentials(rows)).toEqual([
      {
        controle: 'prerequis_indicateurs',
        gravite: 'erreur',
        dataset: 'indicateurs',
        id_structure: 'MSP1',
        niveau: 'departement',
        code: '75',
        annee: 2023,
        attendu: '3 prérequis atteints',
        constate: '2 prérequis atteints sur 3',
      },
    ]);
    expect(rows[0]!.message).toBe(
      'MSP MSP1 2023 : prérequis atteints selon remunerations.csv, mais msp_si_standard non atteint(s) selon indicateurs.csv : corriger prerequis_atteints ou l’indicateur',
    );
  });

  it('a paid structure without a patientèle row that year', async () => {
    const { rows } = await controlsOf((b) => ({ patientele: b.patientele.filter((line) => !line.startsWith('MSP2;2023')) }));
    const planted = rows.filter((row) => row.controle === 'remuneration_sans_patientele');
    expect(essentials(planted)).toEqual([
      {
        controle: 'remuneration_sans_patientele',
        gravite: 'alerte',
        dataset: 'patientele',
        id_structure: 'MSP2',
        niveau: 'departement',
        code: '2A',
        annee: 2023,
        attendu: 'présente',
        constate: 'absente',
      },
    ]);
    expect(planted[0]!.message).toBe(
      'MSP MSP2 rémunérée pour 2023 (51 000,00 €) sans ligne de patientèle 2023 : elle manque au tableau de patientèle, vérifier l’export de patientèle',
    );
    // The same missing row makes the patientèle table count one structure less than the others.
    expect(
      essentials(rows.filter((row) => row.controle !== 'remuneration_sans_patientele')).map((row) => [
        row.controle,
        row.dataset,
        row.code,
        row.annee,
        row.attendu,
        row.constate,
      ]),
    ).toEqual([
      ['effectifs_structures', 'actives', '2A', 2023, '0', '1'],
      ['effectifs_structures', 'professionnels', '2A', 2023, '0', '1'],
      ['effectifs_structures', 'remunerations', '2A', 2023, '0', '1'],
    ]);
  });

  it('a row for a year the structure was not under contract (erreur)', async () => {
    const { rows } = await controlsOf((b) => ({ remunerations: [...b.remunerations, 'MSP1;2018;1000;1000;0;oui'] }));
    expect(essentials(rows)).toEqual([
      {
        controle: 'structure_hors_contrat',
        gravite: 'erreur',
        dataset: 'remunerations',
        id_structure: 'MSP1',
        niveau: 'departement',
        code: '75',
        annee: 2018,
        attendu: 'contrat en cours en 2018',
        constate: 'adhésion le 01/03/2019',
      },
    ]);
    expect(rows[0]!.message).toContain('MSP MSP1 a une ligne de remunerations pour 2018 mais n’adhère que le 01/03/2019');
  });

  it('a signataire CPTS without territory', async () => {
    const { rows } = await controlsOf((b) => ({ structures: [...b.structures, 'CPTS2;CPTS;;CPTS Boulogne;92012;92;2022-01-10;;signataire'] }));
    expect(essentials(rows)).toEqual([
      {
        controle: 'cpts_sans_territoire',
        gravite: 'alerte',
        dataset: 'cpts_communes',
        id_structure: 'CPTS2',
        niveau: 'departement',
        code: '92',
        annee: null,
        attendu: 'au moins une commune',
        constate: 'aucune commune',
      },
    ]);
    expect(rows[0]!.message).toBe(
      'CPTS signataire CPTS2 sans territoire dans cpts_communes : elle ne compte dans aucune population couverte ; ajouter ses communes à cpts_communes',
    );
  });

  it('a CPTS territory claiming a commune of another region', async () => {
    const { rows } = await controlsOf((b) => ({ cpts_communes: [...b.cpts_communes, 'CPTS1;60057'] }));
    expect(essentials(rows)).toEqual([
      {
        controle: 'cpts_commune_hors_region',
        gravite: 'alerte',
        dataset: 'cpts_communes',
        id_structure: 'CPTS1',
        niveau: 'departement',
        code: '75',
        annee: null,
        attendu: 'région 11',
        constate: 'région 32',
      },
    ]);
    expect(rows[0]!.message).toBe(
      'CPTS CPTS1 (Île-de-France) déclare la commune 60057 (Beauvais) de la région Hauts-de-France : sa population compte dans la couverture de Hauts-de-France, pas de Île-de-France',
    );
  });

  it('structure counts that differ between tables, with both counts', async () => {
    const { rows } = await controlsOf((b) => ({ professionnels: b.professionnels.filter((line) => !line.startsWith('MSP2;2023')) }));
    expect(essentials(rows)).toEqual([
      {
        controle: 'effectifs_structures',
        gravite: 'alerte',
        dataset: 'professionnels',
        id_structure: null,
        niveau: 'departement',
        code: '2A',
        annee: 2023,
        attendu: '1',
        constate: '0',
      },
    ]);
    expect(rows[0]!.message).toBe(
      'MSP 2023 : 1 structures dans le tableau de patientèle, 0 ayant déclaré des professionnels (professionnels) ; seulement en patientèle : MSP2',
    );
  });

  it('a figure that moves beyond the threshold against the previous year', async () => {
    const { rows } = await controlsOf(() => ({ depistage: ['territoire;annee;programme;taux', '75;2022;sein;54,6', '75;2023;sein;68,0'] }));
    expect(essentials(rows)).toEqual([
      {
        controle: 'evolution',
        gravite: 'alerte',
        dataset: 'depistage',
        id_structure: null,
        niveau: 'departement',
        code: '75',
        annee: 2023,
        attendu: '54.6',
        constate: '68.0',
      },
    ]);
    expect(rows[0]!.message).toBe(
      'Taux de participation (sein) : 68,0 % en 2023 contre 54,6 % en 2022 (+13,4 pt, au-delà de ±10,0 pt) : vérifier la saisie ou l’export',
    );
  });

  it('a remuneration that triples (a typo) is an alerte on each published figure it moves', async () => {
    // (Without indicators, whose amounts would no longer add up to the tripled total.)
    const { rows } = await controlsOf((b) => ({
      remunerations: b.remunerations.map((line) => (line.startsWith('MSP2;2023') ? 'MSP2;2023;153000;30000;123000;oui' : line)),
      indicateurs: [b.indicateurs[0]!],
    }));
    const moved = rows.map((row) => [row.dataset, row.niveau, row.code, row.annee, row.message.split(' : ')[0]]);
    expect(moved).toContainEqual(['remunerations', 'departement', '2A', 2023, 'Montant total (MSP)']);
    expect(rows.find((row) => row.code === '2A' && row.message.startsWith('Montant total'))).toMatchObject({ attendu: '50000.0', constate: '153000.0' });
    expect(rows.every((row) => row.controle === 'evolution' && row.annee === 2023)).toBe(true);
  });
});

describe('controls on the public fixture', () => {
  it('find only what the fixture’s definitions explain, no erreur', async () => {
    const result = await fixtureRunOf('idf-2023');
    const rows = parseControls(await readFile(path.join(result.out, 'controles.csv'), 'utf8'));
    const byControl: Record<string, number> = {};
    for (const row of rows) byControl[row.controle] = (byControl[row.controle] ?? 0) + 1;
    expect(result.summary.controls.counts).toEqual({ erreur: 0, alerte: rows.length });
    expect(byControl).toEqual({
      // 14 Paris CPTS have no commune of their own: Paris is one commune, covered by other CPTS.
      cpts_sans_territoire: 14,
      // The fixture reproduces the deck's count differences (75, 78, 93, 95).
      effectifs_structures: 10,
      // Cervical screening +13 to +16 points in 2023, in every department and the region (the deck's own finding).
      evolution: 9,
      remuneration_sans_patientele: 4,
    });
    expect(rows.filter((row) => row.controle === 'remuneration_sans_patientele').map((row) => row.id_structure)).toEqual([
      'MSP750004',
      'MSP780065',
      'MSP930123',
      'MSP930133',
    ]);
    const excel = await readFile(path.join(result.out, 'exports', 'controles.csv'), 'utf8');
    expect(excel.startsWith('\ufeffContrôle;Gravité;Jeu de données;Structure;Niveau;Code;Année;Attendu;Constaté;Message\r\n')).toBe(true);
    // The control named for a person, as on the dashboard's page.
    expect(excel).toContain('Évolution;Alerte;depistage;;departement;75;2023;44;58,4;');
  });
});

describe('controls on the public version-2 fixture', () => {
  it('find no erreur: CDS prerequisite indicators not fully reached, and other alertes its definitions explain', async () => {
    const result = await fixtureRunOf('idf-2023-v2');
    const rows = parseControls(await readFile(path.join(result.out, 'controles.csv'), 'utf8'));
    const byControl: Record<string, number> = {};
    for (const row of rows) byControl[`${row.controle} ${row.gravite}`] = (byControl[`${row.controle} ${row.gravite}`] ?? 0) + 1;
    expect(byControl).toEqual({
      // The deck has 310 of 428 polyvalent/medical CDS reaching Accessibilité, a prerequisite, yet
      // far fewer centres missing the prerequisites: the CDS agreement counts the whole indicator,
      // whose prerequisite is its base level, so these are alertes (an MSP's would be an erreur).
      'prerequis_indicateurs alerte': 143,
      'cpts_sans_territoire alerte': 14,
      // Version 1's ten MSP lines, and eight departments where fewer CDS have a patientèle row
      // than are active on 31 December.
      'effectifs_structures alerte': 18,
      // Screening as in version 1, and 2022 → 2023 remuneration moves (only the 2022 region total is calibrated).
      'evolution alerte': 20,
      'remuneration_sans_patientele alerte': 4,
    });
    const prerequisites = rows.filter((row) => row.controle === 'prerequis_indicateurs');
    expect(new Set(prerequisites.map((row) => row.attendu))).toEqual(new Set(['3 prérequis atteints']));
    expect(prerequisites.every((row) => row.id_structure!.startsWith('CDS') && row.annee === 2023)).toBe(true);
    // No indicator amount disagrees with its remuneration, for MSP and CDS alike.
    expect(rows.some((row) => row.controle === 'montants_indicateurs')).toBe(false);
  });

  it('skips the indicator controls cleanly when a run has no indicator dataset', async () => {
    const result = await fixtureRunOf('idf-2023');
    const warehouse = await Warehouse.open(await result.warehouse());
    try {
      await warehouse.run('DROP VIEW indicateurs');
      await warehouse.run('DROP TABLE ref_indicateurs');
      const controls = await runControls(warehouse);
      expect(controls.skipped).toEqual([
        { name: 'montants_indicateurs', missing: ['indicateurs'] },
        { name: 'prerequis_indicateurs', missing: ['indicateurs', 'ref_indicateurs'] },
      ]);
      expect(controls.counts).toEqual(result.summary.controls.counts);
    } finally {
      warehouse.close();
    }
  });
});

describe('--strict and the controls', () => {
  it('exits 5 on an erreur of a control, naming controles.csv', async () => {
    const files = { ...BASE, remunerations: [...REMUNERATIONS, 'MSP1;2018;1000;1000;0;oui'] };
    const input = await inputDir(Object.fromEntries(Object.entries(files).map(([name, lines]) => [`${name}.csv`, `${lines.join('\n')}\n`])));
    const out = path.join(await tempDir(), 'out');
    const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
    const lenient = cli('--input', input, '--out', out);
    expect(lenient.status).toBe(0);
    expect(lenient.stdout).toContain(`${out}/controles.csv (contrôles croisés : 1 erreur(s), 0 alerte(s))`);
    const strict = cli('--input', input, '--out', out, '--strict');
    expect(strict.status).toBe(5);
    expect(strict.stderr).toContain(`--strict : 1 erreur(s) de contrôle, voir ${out}/controles.csv.`);
  });
});
