// Issue 18, case 2: a row whose structure was itself rejected in structures.csv says so, with the
// line to correct (« structure rejetée : structures.csv ligne 4 »), rather than « unknown
// structure », which sends the person looking for a missing export.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inputDir, type Run, run } from './helpers';

const STRUCTURES = [
  'id_structure;type_structure;categorie;nom;code_commune;departement;date_adhesion;date_resiliation;statut', // 1
  'MSP1;MSP;;MSP Belleville;75056;75;2019-03-01;;actif', // 2
  'MSP2;MSP;;MSP Ajaccio;2A004;2A;01/01/2021;;actif', // 3
  'MSP3;MSP;;Commune inconnue;75999;;2020-01-01;;actif', // 4 rejected: unknown commune
  'MSP4;MSP;;Date coupée;75056;75;2020-01\r-01;;actif', // 5 malformed: a lone CR in a date, never loaded
  'CPTS2;CPTS;;CPTS au statut impossible;75056;75;2021-01-01;;actif', // 6 rejected: status of an MSP
].join('\n');

const FILES = {
  'structures.csv': STRUCTURES,
  'patientele.csv': [
    'id_structure;annee;patientele_mt;enfants_0_16;file_active',
    'MSP1;2023;5000;800;9000', // 2 kept
    'MSP3;2023;3000;600;5000', // 3 → structures.csv ligne 4
    'MSP4;2023;3000;600;5000', // 4 → structures.csv ligne 5
    'MSP9;2023;3000;600;5000', // 5 unknown: no line of structures.csv
  ].join('\n'),
  'remunerations.csv': ['id_structure;annee;montant_total;avance;solde', 'MSP1;2023;1000;600;400', 'MSP3;2023;1000;600;400'].join('\n'),
  'professionnels.csv': ['id_structure;annee;profession;effectif', 'MSP4;2023;infirmier;2'].join('\n'),
  'cpts_communes.csv': ['id_structure;code_commune', 'CPTS2;75056'].join('\n'),
  'indicateurs.csv': ['id_structure;annee;indicateur;atteint;points;montant', 'MSP3;2023;msp_acces_soins;oui;800;1000'].join('\n'),
};

const TO_DO = ' ; corriger d’abord cette ligne (son motif figure dans ce même fichier de rejets), puis relancer';

let result: Run;
beforeAll(async () => {
  result = await run(await inputDir(FILES));
});

describe('a row whose structure was rejected', () => {
  it('names the rejected line of structures.csv, whatever the dataset and the reason of that line', async () => {
    const reasons = (await result.rejects()).map((reject) => [reject.file, reject.line, reject.column, reject.value, reject.reason]);
    expect(reasons.filter(([file]) => file !== 'structures.csv')).toEqual([
      ['cpts_communes.csv', '2', 'id_structure', 'CPTS2', `structure rejetée : structures.csv ligne 6${TO_DO}`],
      ['indicateurs.csv', '2', 'id_structure', 'MSP3', `structure rejetée : structures.csv ligne 4${TO_DO}`],
      ['patientele.csv', '3', 'id_structure', 'MSP3', `structure rejetée : structures.csv ligne 4${TO_DO}`],
      ['patientele.csv', '4', 'id_structure', 'MSP4', `structure rejetée : structures.csv ligne 5${TO_DO}`],
      [
        'patientele.csv',
        '5',
        'id_structure',
        'MSP9',
        '« MSP9 » n’est pas une structure de structures.csv (ou sa ligne y a été rejetée) : corriger l’identifiant ou ajouter la structure',
      ],
      ['professionnels.csv', '2', 'id_structure', 'MSP4', `structure rejetée : structures.csv ligne 5${TO_DO}`],
      ['remunerations.csv', '3', 'id_structure', 'MSP3', `structure rejetée : structures.csv ligne 4${TO_DO}`],
    ]);
  });

  it('the line it names gives the reason to correct', async () => {
    const structures = (await result.rejects()).filter((reject) => reject.file === 'structures.csv');
    expect(structures.map((reject) => [reject.line, reject.column])).toEqual([
      ['4', 'code_commune'],
      ['5', ''],
      ['6', 'statut'],
    ]);
    expect(structures[1]!.reason).toBe(
      'un retour chariot isolé (CR) coupe un champ qui n’est pas entre guillemets, dans la colonne « date_adhesion », qui n’est pas un texte libre ' +
        '(un code, une date ou un nombre ne peut pas en contenir) : supprimer ce caractère',
    );
  });

  it('says so in the warehouse and in the rejects for French Excel too', async () => {
    const rows = await result.query(`SELECT count(*) AS n FROM rejets WHERE reason LIKE 'structure rejetée : structures.csv ligne %'`);
    expect(rows).toEqual([{ n: 6 }]);
    const excel = await readFile(path.join(result.out, 'exports', 'rejets.csv'), 'utf8');
    expect(excel).toContain(`\r\nprofessionnels.csv;2;id_structure;MSP4;"structure rejetée : structures.csv ligne 5${TO_DO}"\r\n`);
  });
});
