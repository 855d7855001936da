// The reject rules of contract version 2, each with the exact file, physical line and column
// reported; and what version 2 keeps: a CDS's not-applicable patientèle (null, never 0), negative
// balances, decimal FTE, the defaults of territorial indicators.
import { beforeAll, describe, expect, it } from 'vitest';
import { inputDir, type Run, run } from './helpers';

const STRUCTURES = [
  'id_structure;type_structure;categorie;nom;code_commune;departement;date_adhesion;statut', // 1
  'MSP1;MSP;;MSP Belleville;75056;75;2019-03-01;actif', // 2
  'MSP2;MSP;;MSP Créteil;94028;94;2020-01-01;actif', // 3
  'CDS1;CDS;dentaire;Centre dentaire;75056;75;2015-01-01;actif', // 4
  'CDS2;CDS;polyvalent;Centre polyvalent;94028;94;2016-01-01;actif', // 5
].join('\n');

const PATIENTELE = [
  'id_structure;annee;patientele_mt;enfants_0_16;file_active;patientele_mt_elargie;file_active_dentaire;file_active_infirmiere', // 1
  'CDS1;2023;;;;;3027;', // 2 a dental centre: no MT patients, no children, no MG file active — kept, null
  'MSP1;2023;;800;9000;;;', // 3 an MSP's empty patientele_mt — rejected
  'CDS2;2023;NS;s;5000;1700;900;-', // 4 a CDS's masked values — kept, null
  'MSP2;2023;NS;600;5000;;;', // 5 an MSP's masked patientele_mt — rejected
  'MSP2;2022;3000;;5000;;;', // 6 an MSP's empty enfants_0_16 — rejected
  'CDS2;2022;1200;300;4800;-5;;', // 7 a negative widened patientèle — rejected
].join('\n');

const REMUNERATIONS = [
  'id_structure;annee;montant_total;avance;solde;prerequis_atteints;avance_annee_suivante', // 1
  'CDS2;2023;0,00;7 845,00;-7 845,00;non;8471', // 2 prerequisites missed after an advance: kept
  'MSP1;2023;2 466,00;3 786,00;-1 320,00 €;oui;3 388,00', // 3 a trop-perçu: kept
  'MSP2;2023;1000;1500;-400;oui;', // 4 avance + solde ≠ montant_total — rejected
  'MSP2;2022;1000;600;400;oui;-10', // 5 a negative next-year advance — rejected
  'CDS1;2023;-5;0;-5;oui;', // 6 montant_total stays ≥ 0 — rejected
].join('\n');

const PROFESSIONNELS = [
  'id_structure;annee;profession;effectif;etp', // 1
  'CDS2;2023;medecin_generaliste;5;3,43', // 2 decimal FTE: kept
  'CDS2;2023;infirmier;2;-1', // 3 negative FTE — rejected
  'CDS2;2023;sage_femme;1;un demi', // 4 unreadable FTE — rejected
  'MSP1;2023;medecin_generaliste;3;', // 5 no FTE: kept
].join('\n');

const INDICATEURS = [
  'id_structure;annee;indicateur;atteint;points;montant', // 1
  'MSP1;2023;msp_acces_soins;oui;850;5947,94', // 2
  'MSP1;2023;msp_inconnu;oui;10;1', // 3 a code outside the reference list — rejected
  'MSP1;2023;cds_accessibilite;oui;10;1', // 4 a CDS indicator for an MSP — rejected
  'MSP1;2023;MSP_ACCES_SOINS;non;0;0', // 5 the same indicator again (any case) — rejected
  'CDS2;2023;cds_accessibilite;peut-être;10;1', // 6 atteint not a boolean — rejected
  'CDS9;2023;cds_accessibilite;oui;10;1', // 7 an unknown structure — rejected
  'CDS2;2023;cds_sas;non;0;-3', // 8 a negative amount — rejected
  'CDS2;2023;cds_si_niveau_1;oui;400;2 000,00', // 9
].join('\n');

const TERRITORIAUX = [
  'territoire;periode;indicateur;valeur;libelle;unite;additif', // 1
  '75;2024-02;psy;147;Psychologues;nombre;', // 2
  '94;2024-02;psy;27;Psychologues (fin de mois);;', // 3 unit defaults to nombre
  '75;2023;taux_tp;6,8;Part des transports partagés;pourcentage;', // 4
  '94;2023;taux_tp;104;Part des transports partagés;pourcentage;', // 5 a percentage over 100 — rejected
  '99;2024-02;psy;12;Psychologues;nombre;', // 6 an unknown territory — rejected
  '75;2024-02;PSY;150;Psychologues;nombre;', // 7 the same key again (any case) — rejected
  '77;2024-02;psy;33;Psychologues;euros;', // 8 a second unit for the code — rejected
  '77;2024-13;psy;33;Psychologues;nombre;', // 9 not a period — rejected
  '77;2024-02;prado ic;3;Prado;nombre;', // 10 not a code — rejected
  '78;2024-02;psy;-1;Psychologues;nombre;', // 11 a negative value — rejected
].join('\n');

let result: Run;
beforeAll(async () => {
  result = await run(
    await inputDir({
      'structures.csv': STRUCTURES,
      'patientele.csv': PATIENTELE,
      'remunerations.csv': REMUNERATIONS,
      'professionnels.csv': PROFESSIONNELS,
      'indicateurs.csv': INDICATEURS,
      'indicateurs_territoriaux.csv': TERRITORIAUX,
    }),
  );
});

const at = async (file: string, line: number) => (await result.rejects()).find((reject) => reject.file === file && reject.line === String(line));

describe('contract version 2: rejected rows', () => {
  it('lists every broken rule with its file, physical line and column', async () => {
    expect((await result.rejects()).map((reject) => `${reject.file}:${reject.line}:${reject.column}`)).toEqual([
      'indicateurs.csv:3:indicateur',
      'indicateurs.csv:4:indicateur',
      'indicateurs.csv:5:id_structure',
      'indicateurs.csv:6:atteint',
      'indicateurs.csv:7:id_structure',
      'indicateurs.csv:8:montant',
      'indicateurs_territoriaux.csv:5:valeur',
      'indicateurs_territoriaux.csv:6:territoire',
      'indicateurs_territoriaux.csv:7:territoire',
      'indicateurs_territoriaux.csv:8:unite',
      'indicateurs_territoriaux.csv:9:periode',
      'indicateurs_territoriaux.csv:10:indicateur',
      'indicateurs_territoriaux.csv:11:valeur',
      'patientele.csv:3:patientele_mt',
      'patientele.csv:5:patientele_mt',
      'patientele.csv:6:enfants_0_16',
      'patientele.csv:7:patientele_mt_elargie',
      'professionnels.csv:3:etp',
      'professionnels.csv:4:etp',
      'remunerations.csv:4:montant_total',
      'remunerations.csv:5:avance_annee_suivante',
      'remunerations.csv:6:montant_total',
    ]);
  });

  it('says what to do in each sentence', async () => {
    expect((await at('patientele.csv', 3))!.reason).toBe(
      'patientele_mt est obligatoire et vide (seul un centre de santé peut la laisser vide) : renseigner la valeur dans l’export source',
    );
    expect((await at('patientele.csv', 5))!.reason).toMatch(
      /^« NS » : valeur non diffusée dans une colonne obligatoire \(patientele_mt, sauf pour un centre de santé\)/,
    );
    expect((await at('indicateurs.csv', 3))!.reason).toBe(
      '« msp_inconnu » n’est pas un code de la liste des indicateurs (data/reference/indicateurs.csv) : corriger le code de l’indicateur',
    );
    expect((await at('indicateurs.csv', 4))!.reason).toBe(
      '« cds_accessibilite » est un indicateur des CDS, pas des MSP : corriger le code de l’indicateur ou l’identifiant de la structure',
    );
    expect(await at('indicateurs.csv', 5)).toMatchObject({
      value: 'MSP1 / 2023 / msp_acces_soins',
      reason: expect.stringMatching(/répète la clé \(id_structure, annee, indicateur\).*première occurrence : indicateurs\.csv, ligne 2/),
    });
    expect((await at('indicateurs_territoriaux.csv', 5))!.reason).toBe(
      '« 104 » n’est pas un pourcentage entre 0 et 100 (unite = pourcentage) : corriger la valeur ou l’unité',
    );
    expect(await at('indicateurs_territoriaux.csv', 7)).toMatchObject({
      value: '75 / 2024-02 / psy',
      reason: expect.stringMatching(
        /répète la clé \(territoire, periode, indicateur, dimension, modalite\).*première occurrence : indicateurs_territoriaux\.csv, ligne 2/,
      ),
    });
    expect((await at('indicateurs_territoriaux.csv', 8))!.reason).toBe(
      '« euros » : l’indicateur psy est en « nombre » sur sa première ligne ; un indicateur n’a qu’une unité : corriger l’unité ou le code (première occurrence : indicateurs_territoriaux.csv, ligne 2)',
    );
    expect((await at('indicateurs_territoriaux.csv', 9))!.reason).toBe(
      '« 2024-13 » n’est pas une période (AAAA, AAAA-MM ou AAAA-Tn pour un trimestre) : corriger periode dans l’export source',
    );
    expect((await at('remunerations.csv', 5))!.reason).toMatch(/^« -10 » est négatif : avance_annee_suivante doit être positif ou nul/);
    expect((await at('professionnels.csv', 4))!.reason).toBe('« un demi » n’est pas un nombre : corriger etp dans l’export source');
  });

  it('keeps a dental centre’s empty patientele_mt as null (not 0) while an MSP’s is rejected', async () => {
    const rows = await result.query(`SELECT id_structure, annee, patientele_mt, enfants_0_16, file_active, file_active_dentaire
      FROM patientele ORDER BY id_structure, annee`);
    expect(rows).toEqual([
      { id_structure: 'CDS1', annee: 2023, patientele_mt: null, enfants_0_16: null, file_active: null, file_active_dentaire: 3027 },
      { id_structure: 'CDS2', annee: 2023, patientele_mt: null, enfants_0_16: null, file_active: 5000, file_active_dentaire: 900 },
    ]);
    expect((await at('patientele.csv', 3))!.column).toBe('patientele_mt');
    const cds = (await result.table('cds_patientele')).filter((row) => row.niveau === 'region' && row.categorie === 'dentaire');
    expect(cds.map((row) => [row.nb_centres, row.patientele_mt_somme, row.patientele_mt_moyenne, row.file_active_dentaire_somme])).toEqual([
      ['1', '', '', '3027'],
    ]);
    expect(await result.table('patientele')).toEqual([]);
  });

  it('keeps negative balances, decimal FTE and the territorial defaults', async () => {
    const [remunerations] = await result.query(`SELECT
      (SELECT string_agg(solde::VARCHAR, ' ' ORDER BY id_structure) FROM remunerations) AS soldes,
      (SELECT string_agg(coalesce(etp::VARCHAR, '∅'), ' ' ORDER BY id_structure, profession) FROM professionnels) AS etp,
      (SELECT string_agg(unite || ':' || additif, ' ' ORDER BY territoire, periode) FROM indicateurs_territoriaux WHERE indicateur = 'psy') AS psy`);
    expect(remunerations).toEqual({ soldes: '-7845.00 -1320.00', etp: '3.430000 ∅', psy: 'nombre:true nombre:true' });
    const groups = (await result.table('remunerations_groupes')).filter((row) => row.niveau === 'region' && row.nb_structures !== '0');
    expect(groups.map((row) => [row.type_structure, row.groupe, row.nb_structures])).toEqual([
      ['MSP', '2', '1'],
      ['CDS', '4', '1'],
    ]);
  });
});
