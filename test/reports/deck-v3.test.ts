// The rest of the June 2024 deck (contract version 3), through the real pipeline and report: the
// version-2 fixture plus breakdowns, quarters and agreement events (built below), read back from
// the pptx XML; the partner deck (--secret 11) checked for withheld figures and the fund's own
// words; the new slides rendered to PNG by LibreOffice in test-artifacts/reports/.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, silentLogger } from '../../pipeline';
import { generateReport, type ReportResult } from '../../reports';
import { FIXTURE_V2 } from '../support/fixture-runs';
import { convertToPdf, run } from './helpers/libreoffice';
import { readSlides, type SlideContent } from './helpers/office-xml';
import { PRODUCED_AT, plainSpaces } from './helpers/report-run';

const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-artifacts/reports');
const RUN_DATE = new Date('2024-06-03T08:00:00Z');
const DEPARTMENTS = ['75', '77', '78', '91', '92', '93', '94', '95'];

/** Groups of centres and motives: the fund's own knowledge, in the input and nowhere in a deck. */
const INTERNAL_WORDS = ['Dentalia', 'Sourire Santé', 'Vision Plus', 'Dentaire Horizon', 'prothèses', 'tarifs opposables', 'Signalements', 'non réalisés'];

/** The version-3 rows of the territorial indicators, as the fund's exports give them (figures of seed 003). */
function territorialRows(): string[] {
  const rows: string[] = [];
  const add = (...cells: (string | number)[]): void => {
    rows.push(cells.join(';'));
  };
  const bilan = 'Bénéficiaires d’un bilan prévention (mois de soins)';
  const executants = 'Professionnels ayant réalisé un bilan prévention';
  const professions: [string, string, number, number][] = [
    ['medecin_generaliste', 'Médecins généralistes (RDV)', 208, 51],
    ['sage_femme', 'Sages-femmes (RDV)', 24, 4],
    ['infirmier', 'Infirmiers (RDI)', 95, 13],
    ['pharmacien', 'Pharmaciens (RDP)', 17, 10],
  ];
  for (const [code, label, beneficiaries] of professions)
    add('R11', '2024', 'mon_bilan_prevention', beneficiaries, bilan, 'nombre', 'oui', 'profession', code, label);
  for (const [index, value] of [125, 26, 24, 25, 33, 59, 27, 25].entries()) {
    add(DEPARTMENTS[index]!, '2024', 'mon_bilan_prevention', value, bilan, 'nombre', 'oui', '', '', '');
  }
  add('R11', '2024', 'mon_bilan_prevention_executants', 78, executants, 'nombre', '', '', '', '');
  for (const [code, label, , count] of professions)
    add('R11', '2024', 'mon_bilan_prevention_executants', count, executants, 'nombre', '', 'profession', code, label);
  const dmp = 'Documents ajoutés au DMP';
  const actors: [string, string, number[]][] = [
    ['medecin_ville', 'Médecins de ville', [1454097, 1861430, 2512938]],
    ['etablissement_sante', 'Établissements de santé', [7755211, 8012457, 8204113]],
    ['laboratoire', 'Laboratoires', [6253543, 6677120, 7018254]],
    ['pharmacie', 'Pharmacies', [709828, 1012540, 1320776]],
  ];
  ['2023-T3', '2023-T4', '2024-T1'].forEach((periode, index) => {
    for (const [code, label, values] of actors) add('R11', periode, 'dmp_documents', values[index]!, dmp, 'nombre', 'oui', 'acteur', code, label);
    add(
      'R11',
      periode,
      'dmp_documents',
      actors.reduce((sum, [, , values]) => sum + values[index]!, 0),
      dmp,
      'nombre',
      'oui',
      '',
      '',
      '',
    );
  });
  const prescriptions: Record<string, number[]> = {
    '2023-T3': [61180, 64375, 49732, 34554, 81826, 73723, 32644, 31368],
    '2023-T4': [138729, 115519, 80415, 73642, 124178, 111187, 51395, 48511],
    '2024-T1': [221323, 179276, 169945, 109778, 237471, 198190, 96951, 91121],
  };
  for (const [periode, values] of Object.entries(prescriptions)) {
    for (const [index, value] of values.entries())
      add(DEPARTMENTS[index]!, periode, 'e_prescription', value, 'Ordonnances numériques émises', 'nombre', '', '', '', '');
  }
  const deliveries: [string, number][] = [
    ['2023-09', 3201],
    ['2023-10', 9299],
    ['2023-11', 5896],
    ['2023-12', 3590],
    ['2024-01', 2465],
    ['2024-02', 1889],
    ['2024-03', 1626],
  ];
  for (const [periode, value] of deliveries) add('R11', periode, 'beyfortus_delivrances', value, 'Délivrances de Beyfortus en ville', 'nombre', '', '', '', '');
  const cervical = 'Taux de dépistage du cancer du col de l’utérus';
  const rates = [
    ['59,3', '12,2', '47,1'],
    ['61,3', '12,0', '49,3'],
    ['63,4', '11,2', '52,2'],
    ['61,5', '14,7', '46,8'],
    ['62,9', '14,8', '48,1'],
    ['55,9', '9,9', '46,0'],
    ['57,4', '10,9', '46,5'],
    ['57,3', '9,5', '47,8'],
  ];
  rates.forEach(([total, organised, individual], index) => {
    const code = DEPARTMENTS[index]!;
    add(code, '2023', 'depistage_col_uterus', total!, cervical, 'pourcentage', 'non', '', '', '');
    add(code, '2023', 'depistage_col_uterus', organised!, cervical, 'pourcentage', 'non', 'mode', 'organise', 'Dépistage organisé');
    add(code, '2023', 'depistage_col_uterus', individual!, cervical, 'pourcentage', 'non', 'mode', 'individuel', 'Dépistage individuel');
  });
  const pathway = 'CPTS et parcours insuffisance cardiaque';
  add('R11', '2024', 'cpts_parcours_ic', 15, pathway, 'nombre', 'non', 'situation', 'programme', 'CPTS ayant un programme parcours IC');
  add('R11', '2024', 'cpts_parcours_ic', 3, pathway, 'nombre', 'non', 'situation', 'projet_sante', 'Parcours IC intégré au projet de santé');
  add('R11', '2024', 'cpts_parcours_ic', 17, pathway, 'nombre', 'non', 'situation', 'accompagnement', 'CPTS accompagnées sur le parcours IC');
  return rows;
}

/** 2023: ten dental centres removed (four of one group); 2024 to 30 April: a control of a group of three, a procedure, six of one group removed. */
const EVENTS = [
  'id_structure;date;evenement;groupe;motif',
  ...['CDS750305', 'CDS750306', 'CDS750307', 'CDS750308'].map(
    (id) => `${id};14/06/2023;deconventionnement;Réseau Dentaire Horizon;Facturation d’actes non réalisés`,
  ),
  ...['CDS750309', 'CDS750310', 'CDS750311', 'CDS750312', 'CDS750313', 'CDS750314'].map((id) => `${id};08/09/2023;deconventionnement;;`),
  ...['CDS750320', 'CDS750321', 'CDS750322'].map((id) => `${id};12/02/2024;controle_lance;Groupe Sourire Santé;Signalements de patients`),
  'CDS750323;05/03/2024;procedure_conventionnelle;Groupe Vision Plus;Non-respect des tarifs opposables',
  ...['CDS750330', 'CDS750331', 'CDS750332', 'CDS750333', 'CDS750334', 'CDS750335'].map(
    (id) => `${id};18/04/2024;deconventionnement;Groupe Dentalia;Surfacturation de prothèses`,
  ),
];

/** The version-2 fixture with the version-3 columns and rows. */
async function versionThreeInput(folder: string): Promise<string> {
  const input = path.join(folder, 'input');
  await cp(path.join(FIXTURE_V2, 'input'), input, { recursive: true });
  const file = path.join(input, 'indicateurs_territoriaux.csv');
  const [header, ...lines] = (await readFile(file, 'utf8')).trimEnd().split(/\r?\n/);
  const body = [`${header};dimension;modalite;libelle_modalite`, ...lines.map((line) => `${line};;;`), ...territorialRows()];
  await writeFile(file, `${body.join('\n')}\n`);
  await writeFile(path.join(input, 'evenements_structures.csv'), `${EVENTS.join('\n')}\n`);
  return input;
}

let root: string;
let internal: ReportResult;
let partner: ReportResult;
let slides: SlideContent[];
let partnerSlides: SlideContent[];

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'deck-v3-'));
  const out = path.join(root, 'run');
  await runPipeline({ input: await versionThreeInput(root), out, log: silentLogger, now: RUN_DATE, arrete: '2024-04-30' });
  internal = await generateReport({ from: out, out: path.join(root, 'interne') }, { now: () => PRODUCED_AT });
  partner = await generateReport({ from: out, out: path.join(root, 'partenaire'), secret: 11 }, { now: () => PRODUCED_AT });
  slides = await readSlides(internal.deck);
  partnerSlides = await readSlides(partner.deck);
}, 300_000);
afterAll(() => rm(root, { recursive: true, force: true }));

const plain = (text: string) => plainSpaces(text);
/** A slide's title: its second text (the first is its section). */
const titleOf = (slide: SlideContent) => slide.texts[1] ?? '';
const titled = (deck: SlideContent[], start: string) => deck.filter((slide) => titleOf(slide).startsWith(start));
const only = (start: string, deck = slides) => {
  const found = titled(deck, start);
  expect(found, start).toHaveLength(1);
  return found[0]!;
};
const textOf = (slide: SlideContent) => plain(slide.texts.join(' '));
const rowOf = (slide: SlideContent, label: string) => {
  const row = slide.tables.flat().find((cells) => plain(cells[0] ?? '') === label);
  expect(row, label).toBeDefined();
  return row!.map(plain);
};
const tableOf = (slide: SlideContent, index = 0) => slide.tables[index]!.map((cells) => cells.map(plain));
const indexOf = (start: string) => slides.findIndex((slide) => titleOf(slide).startsWith(start));

describe('the deck of contract version 3 (v2 fixture + breakdowns, quarters and events, arrêté 30/04/2024)', () => {
  it('puts the new slides at the places of the June 2024 deck', () => {
    const order = [
      'MSP – professionnels par profession',
      'MSP – profil des maisons de santé en 2023',
      'CPTS – carte',
      'Centres de santé actifs par catégorie',
      'Nombre de centres de santé actifs par département',
      'CDS – salariés',
      'CDS polyvalents et médicaux – atteinte des indicateurs',
      'Contrôle des centres de santé – actions en cours',
      'Parcours insuffisance cardiaque',
      'Psychologues conventionnés Mon soutien psy',
      'Dépistage organisé – cancer du sein',
      'Dépistage organisé – participation',
      'Dépistage du cancer du col de l’utérus : organisé et individuel',
      'Mon bilan prévention – premiers éléments de déploiement',
      'Délivrance du Beyfortus en ville',
      'Alimentation du DMP par les acteurs de santé',
      'L’ordonnance numérique',
    ].map(indexOf);
    expect(order.every((index) => index > 1)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('tells the controls of the centres from the events of 2024 so far and of 2023, with their table', () => {
    const slide = only('Contrôle des centres de santé – actions en cours');
    const text = textOf(slide);
    expect(text).toContain('1 nouveau contrôle lancé depuis le début de l’année 2024 (au 30/04/2024) concernant un groupe (3 centres de santé).');
    expect(text).toContain(
      '1 procédure conventionnelle engagée depuis le début de l’année 2024 (au 30/04/2024) concernant un centre de santé appartenant à un groupe.',
    );
    expect(text).toContain(
      '6 centres de santé dentaires appartenant à un même groupe ont été déconventionnés depuis le début de l’année 2024 (au 30/04/2024).',
    );
    expect(text).toContain('Pour rappel, 10 centres de santé avaient été déconventionnés en 2023');
    const [header] = tableOf(slide);
    expect(header).toEqual([
      'Événement',
      'Structures concernées',
      'Structures 2023',
      'Groupes 2023',
      'Structures 2024 (au 30/04/2024)',
      'Groupes 2024 (au 30/04/2024)',
    ]);
    expect(rowOf(slide, 'Déconventionnements')).toEqual(['Déconventionnements', 'Centres de santé', '10', '1', '6', '1']);
    expect(rowOf(slide, 'Contrôles lancés')).toEqual(['Contrôles lancés', 'Centres de santé', '–', '–', '3', '1']);
  });

  it('puts the heart-failure pathway of the CPTS, MSP and centres side by side', () => {
    const slide = only('Parcours insuffisance cardiaque');
    const text = textOf(slide);
    expect(text).toContain(
      'Sur 91 CPTS implantées avec un ACI signé, 15 ont un programme parcours de soins IC et 3 l’ont intégré à leur projet de santé, après la signature de l’ACI.',
    );
    expect(text).toContain('17 CPTS sont actuellement accompagnées sur le parcours de soins de l’IC.');
    expect(text).toContain('Sur les 167 MSP dont la rémunération 2023 a été calculée, 22 MSP ont un programme parcours de soins IC');
    expect(text).toContain('60 CDS ont déclaré travailler sur la thématique IC en 2023');
    expect(rowOf(slide, 'CPTS')).toEqual(['CPTS', 'Signataires de l’ACI au 30/04/2024', '91', '15', '–', '3', '17']);
    expect(rowOf(slide, 'MSP')).toEqual(['MSP', 'Rémunération 2023 calculée', '167', '22', '13,2 %', '–', '–']);
    expect(rowOf(slide, 'Centres de santé')).toEqual(['Centres de santé', 'Rémunération 2023 calculée', '428', '60', '14,0 %', '–', '–']);
    // The CPTS' pathway is shown there, never on a slide of its own.
    expect(slides.filter((candidate) => textOf(candidate).includes('CPTS et parcours insuffisance cardiaque'))).toEqual([]);
  });

  it('profiles the MSP by department with their multi-site share, CSS and AME shares and median remuneration', () => {
    const slide = only('MSP – profil des maisons de santé en 2023');
    const text = textOf(slide);
    expect(text).toContain('167 MSP actives ayant une patientèle en 2023, dont 140 (83,8 %) organisées en multi-sites.');
    expect(text).toContain('Part moyenne de patients bénéficiaires de la CSS : 9,9 %.');
    expect(text).toContain('Rémunération médiane des MSP rémunérées en 2023 : 78 451 €.');
    expect(rowOf(slide, 'Île-de-France')).toEqual(['Île-de-France', '167', '140', '83,8 %', '9,9 %', '1,0 %', '78 451,28 €']);
    expect(rowOf(slide, 'Paris (75)')).toEqual(['Paris (75)', '36', '30', '83,3 %', '10,6 %', '1,0 %', '74 353,06 €']);
  });

  it('maps the centres de santé by department, with their counts', () => {
    const slide = only('Nombre de centres de santé actifs par département au 30/04/2024');
    expect(textOf(slide)).toContain('Centres de santé actifs au 30/04/2024 : de 57 (Yvelines) à 271 (Paris) par département ; 998 en Île-de-France.');
    expect(rowOf(slide, 'Paris (75)')).toEqual(['Paris (75)', '271']);
    expect(rowOf(slide, 'Île-de-France')).toEqual(['Île-de-France', '998']);
    expect(slide.relations.some((target) => /media\/image.*\.png$/.test(target))).toBe(true);
    expect(textOf(slide)).toContain('Fond de carte : Natural Earth');
  });

  it('shows Mon bilan prévention by month, its professions with their executants beside the beneficiaries, and its departments', () => {
    const slide = only('Mon bilan prévention – premiers éléments de déploiement');
    const text = textOf(slide);
    expect(text).toContain('Bénéficiaires d’un bilan prévention (mois de soins) : 344 en 2024 ; 164 en avril 2024.');
    expect(text).toContain('médecins généralistes (RDV) 51 exécutants et 208 bénéficiaires');
    expect(text).toContain('sages-femmes (RDV) 4 exécutants et 24 bénéficiaires');
    expect(text).toContain('de 24 (Yvelines) à 125 (Paris)');
    expect(tableOf(slide, 0)).toEqual([
      ['Mois', 'Bénéficiaires (Île-de-France)'],
      ['janvier 2024', '28'],
      ['février 2024', '51'],
      ['mars 2024', '102'],
      ['avril 2024', '164'],
    ]);
    expect(tableOf(slide, 1)[0]).toEqual(['Profession (2024)', 'Exécutants', 'Bénéficiaires']);
    expect(rowOf(slide, 'Médecins généralistes (RDV)')).toEqual(['Médecins généralistes (RDV)', '51', '208']);
    expect(rowOf(slide, 'Pharmaciens (RDP)')).toEqual(['Pharmaciens (RDP)', '10', '17']);
    expect(rowOf(slide, 'Ensemble')).toEqual(['Ensemble', '78', '344']);
    expect(slide.relations.some((target) => target.includes('charts/chart'))).toBe(true);
    // The executants are shown beside the beneficiaries, never alone.
    expect(slides.filter((candidate) => textOf(candidate).includes('Professionnels ayant réalisé un bilan prévention'))).toEqual([]);
  });

  it('shows the DMP documents by actor over the quarters, as a table and grouped bars', () => {
    const slide = only('Alimentation du DMP par les acteurs de santé');
    expect(textOf(slide)).toContain('Documents ajoutés au DMP : 19 056 081 au T1 2024.');
    expect(textOf(slide)).toContain('médecins de ville 2 512 938');
    expect(tableOf(slide)[0]).toEqual(['Acteur', 'T3 2023', 'T4 2023', 'T1 2024']);
    expect(rowOf(slide, 'Médecins de ville')).toEqual(['Médecins de ville', '1 454 097', '1 861 430', '2 512 938']);
    expect(rowOf(slide, 'Ensemble')).toEqual(['Ensemble', '16 172 679', '17 563 547', '19 056 081']);
    expect(slide.relations.some((target) => target.includes('charts/chart'))).toBe(true);
    expect(textOf(slide)).toContain('périodes de référence T3 2023 à T1 2024.');
  });

  it('shows the e-prescriptions by department and quarter with their map, Beyfortus by month, cervical screening by mode', () => {
    const prescriptions = only('L’ordonnance numérique');
    expect(textOf(prescriptions)).toContain("Ordonnances numériques émises au T1 2024, par département : de 91 121 (Val-d'Oise) à 237 471 (Hauts-de-Seine).");
    expect(tableOf(prescriptions)[0]).toEqual(['Territoire', 'T3 2023', 'T4 2023', 'T1 2024']);
    expect(rowOf(prescriptions, 'Paris (75)')).toEqual(['Paris (75)', '61 180', '138 729', '221 323']);
    expect(textOf(prescriptions)).toContain('Carte : T1 2024');

    const beyfortus = only('Délivrance du Beyfortus en ville');
    expect(tableOf(beyfortus).slice(1, 3)).toEqual([
      ['septembre 2023', '3 201'],
      ['octobre 2023', '9 299'],
    ]);
    expect(rowOf(beyfortus, 'février 2024')).toEqual(['février 2024', '1 889']);

    const cervical = only('Dépistage du cancer du col de l’utérus : organisé et individuel');
    const [header, ...body] = tableOf(cervical);
    const column = (label: string) => header!.indexOf(label);
    const paris = body.find((cells) => cells[0] === 'Paris (75)')!;
    expect([paris[column('Ensemble')], paris[column('Dépistage organisé')], paris[column('Dépistage individuel')]]).toEqual(['59,3 %', '12,2 %', '47,1 %']);
    expect(textOf(cervical)).toContain('Dépistage organisé en 2023, par département : de 9,5 % (Val-d');
    expect(cervical.relations.some((target) => target.includes('charts/chart'))).toBe(true);
  });

  it('draws a programme’s own figures only where it shows the programme itself, and no slide for what the data do not hold', () => {
    // Mon soutien psy keeps its v2 figures; a modality's figure is never a department's total.
    expect(rowOf(only('Psychologues conventionnés Mon soutien psy'), 'Île-de-France')).toEqual(['Île-de-France', '359']);
    const programmes = slides.filter((slide) => slide.texts.some((text) => text.startsWith('Source : Assurance Maladie, export « indicateurs territoriaux »')));
    expect(programmes.length).toBeGreaterThan(8);
    for (const slide of programmes)
      expect(slide.tables.length + slide.relations.filter((target) => target.includes('chart')).length, titleOf(slide)).toBeGreaterThan(0);
    for (const slide of programmes) for (const table of slide.tables) expect(table.length, titleOf(slide)).toBeGreaterThan(1);
    expect(slides.filter((slide) => slide.texts[0] === 'AUTRES PROGRAMMES')).toEqual([]);
  });

  it('never shows a group of centres’ name or a control’s motive', () => {
    for (const slide of slides) for (const word of INTERNAL_WORDS) expect(textOf(slide), `${word} (diapositive ${slide.number})`).not.toContain(word);
  });
});

describe('the partner deck of contract version 3 (--secret 11)', () => {
  it('shows the withheld MSP figures as NS and drops their sentences', () => {
    const slide = only('MSP – profil des maisons de santé en 2023', partnerSlides);
    const [, ...body] = tableOf(slide);
    for (const cells of body) expect(cells.slice(4), cells[0]).toEqual(['NS', 'NS', 'NS']);
    const text = textOf(slide);
    expect(text).toContain('167 MSP actives ayant une patientèle en 2023');
    expect(text).not.toContain('CSS :');
    expect(text).not.toContain('AME :');
    expect(text).not.toContain('Rémunération médiane des MSP');
    const deck = partnerSlides.map(textOf).join(' ');
    for (const figure of ['78 451,28 €', '74 353,06 €', '78 451 €']) expect(deck, figure).not.toContain(figure);
  });

  it('masks the small counts of events and says nothing of them, nor of groups and motives', () => {
    const slide = only('Contrôle des centres de santé – actions en cours', partnerSlides);
    expect(rowOf(slide, 'Déconventionnements').slice(2)).toEqual(['NS', 'NS', 'NS', 'NS']);
    const text = textOf(slide);
    expect(text).not.toContain('déconventionnés depuis le début de l’année 2024');
    expect(text).not.toContain('nouveau contrôle');
    for (const deck of partnerSlides) for (const word of INTERNAL_WORDS) expect(textOf(deck), word).not.toContain(word);
  });
});

describe('LibreOffice renders the new slides of version 3', () => {
  it('writes them as PNG in test-artifacts/reports/', async () => {
    const pdfDir = path.join(root, 'pdf');
    await convertToPdf([internal.deck], pdfDir);
    const pdf = path.join(pdfDir, `${path.basename(internal.deck, '.pptx')}.pdf`);
    await mkdir(ARTIFACTS, { recursive: true });
    const named: [string, string][] = [
      ['msp-profil', 'MSP – profil des maisons de santé'],
      ['cds-carte', 'Nombre de centres de santé actifs par département'],
      ['controles-cds', 'Contrôle des centres de santé – actions en cours'],
      ['parcours-ic', 'Parcours insuffisance cardiaque'],
      ['col-uterus', 'Dépistage du cancer du col de l’utérus : organisé et individuel'],
      ['bilan-prevention', 'Mon bilan prévention – premiers éléments de déploiement'],
      ['beyfortus', 'Délivrance du Beyfortus en ville'],
      ['dmp', 'Alimentation du DMP par les acteurs de santé'],
      ['e-prescription', 'L’ordonnance numérique'],
    ];
    for (const [name, start] of named) {
      const page = indexOf(start) + 1;
      expect(page, start).toBeGreaterThan(2);
      const prefix = path.join(ARTIFACTS, `v3-${name}`);
      await rm(`${prefix}.png`, { force: true });
      await run('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '50', '-png', '-singlefile', pdf, prefix]);
      const png = await readFile(`${prefix}.png`);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // 13,33 inches at 50 dpi: the whole widescreen page.
      expect(png.readUInt32BE(16)).toBe(667);
    }
  });
});
