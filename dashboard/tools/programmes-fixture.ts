// An input of contract version 3 for the dashboard's tests and screenshots: the version-2 IDF
// fixture (shared/fixtures/idf-2023-v2/input) plus programmes broken down by department and by
// quarter, a breakdown given for the region only, one of a dimension no catalogue knows, and
// agreement events. Every figure follows a formula the tests can recompute.
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const IDF_DEPARTEMENTS = ['75', '77', '78', '91', '92', '93', '94', '95'] as const;

export const DMP_QUARTERS = ['2023-T3', '2023-T4', '2024-T1'] as const;

/** DMP documents of a department (its index in IDF_DEPARTEMENTS) in a quarter (its index), by actor. */
export function dmpDocuments(departement: number, quarter: number): { medecin_ville: number; pharmacie: number; laboratoire: number } {
  return {
    medecin_ville: 100 * (departement + 1) + 10 * quarter,
    pharmacie: 50 * (departement + 1) + quarter,
    laboratoire: 20 * (departement + 1) + 2 * quarter,
  };
}

/** Cervical screening rate of a department in 2023: total, of which organised; individual = the rest. */
export function cervicalScreening(departement: number): { total: number; organise: number } {
  return { total: 55 + departement, organise: 10 + departement / 2 };
}

/** A modality's label holding markup (the page must show it as text). */
export const MARKUP_LABEL = 'Vidéo <img src=x onerror=alert(1)><b>visio</b>';

const DMP_ACTORS = { medecin_ville: 'Médecins de ville', pharmacie: 'Pharmacies', laboratoire: 'Laboratoires' } as const;

const decimal = (value: number) => String(value).replace('.', ',');

function programmeRows(): string[] {
  const rows: string[] = [];
  const line = (...cells: (string | number)[]) => rows.push(cells.map(String).join(';'));
  // territoire;periode;indicateur;valeur;libelle;unite;additif;dimension;modalite;libelle_modalite
  IDF_DEPARTEMENTS.forEach((departement, d) => {
    DMP_QUARTERS.forEach((quarter, q) => {
      const byActor = dmpDocuments(d, q);
      const total = byActor.medecin_ville + byActor.pharmacie + byActor.laboratoire;
      line(departement, quarter, 'dmp_documents', total, 'Documents alimentant le DMP', 'nombre', 'oui', '', '', '');
      for (const [actor, label] of Object.entries(DMP_ACTORS)) {
        line(departement, quarter, 'dmp_documents', byActor[actor as keyof typeof DMP_ACTORS], '', 'nombre', 'oui', 'acteur', actor, label);
      }
    });
    const screening = cervicalScreening(d);
    const label = 'Taux de dépistage du cancer du col de l’utérus';
    line(departement, '2023', 'depistage_col_uterus', decimal(screening.total), label, 'pourcentage', 'non', '', '', '');
    line(departement, '2023', 'depistage_col_uterus', decimal(screening.organise), '', 'pourcentage', 'non', 'mode', 'organise', 'Dépistage organisé');
    line(
      departement,
      '2023',
      'depistage_col_uterus',
      decimal(screening.total - screening.organise),
      '',
      'pourcentage',
      'non',
      'mode',
      'individuel',
      'Dépistage individuel',
    );
  });
  line('R11', '2023', 'depistage_col_uterus', '58,1', '', 'pourcentage', 'non', '', '', '');
  line('R11', '2023', 'depistage_col_uterus', '12,4', '', 'pourcentage', 'non', 'mode', 'organise', '');
  line('R11', '2023', 'depistage_col_uterus', '45,7', '', 'pourcentage', 'non', 'mode', 'individuel', '');
  // The deck's Mon bilan prévention by profession: given for the region only.
  line('R11', '2024', 'mon_bilan_prevention', 345, '', 'nombre', 'oui', '', '', '');
  line('R11', '2024', 'mon_bilan_prevention', 208, '', 'nombre', 'oui', 'profession', 'medecin_generaliste', 'Médecins généralistes (RDV)');
  line('R11', '2024', 'mon_bilan_prevention', 24, '', 'nombre', 'oui', 'profession', 'sage_femme', 'Sages-femmes (RDV)');
  line('R11', '2024', 'mon_bilan_prevention', 95, '', 'nombre', 'oui', 'profession', 'infirmier', 'Infirmiers (RDI)');
  line('R11', '2024', 'mon_bilan_prevention', 17, '', 'nombre', 'oui', 'profession', 'pharmacien', 'Pharmaciens (RDP)');
  // A dimension no catalogue knows, and a modality without a label: shown as their codes in words;
  // a label holding markup: shown as text, never read as HTML.
  line('R11', '2024-05', 'teleconsultations', 120, 'Téléconsultations', 'nombre', 'oui', '', '', '');
  line('R11', '2024-05', 'teleconsultations', 90, '', 'nombre', 'oui', 'type_acte', 'video', MARKUP_LABEL);
  line('R11', '2024-05', 'teleconsultations', 30, '', 'nombre', 'oui', 'type_acte', 'acte_telephone', '');
  return rows;
}

const EVENTS = [
  'id_structure;date;evenement;groupe;motif',
  'CDS750305;15/02/2024;controle_lance;Groupe Dentalia;Facturation',
  'CDS750306;15/02/2024;controle_lance;Groupe Dentalia;',
  'CDS750305;10/03/2024;deconventionnement;Groupe Dentalia;Facturation d’actes non réalisés',
  'CDS750306;10/03/2024;deconventionnement;Groupe Dentalia;',
  'CDS750307;12/05/2023;deconventionnement;;',
  'MSP750001;01/02/2024;procedure_conventionnelle;;',
];

/** Writes the version-3 input in `to` from the version-2 fixture's input folder `from`. */
export async function writeProgrammesInput(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true });
  const name = path.join(to, 'indicateurs_territoriaux.csv');
  const [header, ...lines] = (await readFile(path.join(from, 'indicateurs_territoriaux.csv'), 'utf8')).split(/\r?\n/).filter((l) => l !== '');
  const v2 = lines.map((l) => `${l};;;`);
  // The fixture's files are read-only: the copies are replaced, not written over.
  await rm(name, { force: true });
  await writeFile(name, `${[`${header};dimension;modalite;libelle_modalite`, ...v2, ...programmeRows()].join('\n')}\n`);
  await writeFile(path.join(to, 'evenements_structures.csv'), `${EVENTS.join('\n')}\n`);
}
