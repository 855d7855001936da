// One block per headline template: agreement (1 / several), no evolution without the previous
// year, and no sentence that needs a masked figure.
import { describe, expect, it } from 'vitest';
import { highlights, tableSpec } from '../../core';
import type { Row } from '../../core/published/published-tables';
import { dep, plain, region, story } from './helpers';

const sentences = (table: Parameters<typeof tableSpec>[0], context: ReturnType<typeof story>, part?: string) =>
  plain(tableSpec(table).headline.sentences(context, part));

const remuneration = (annee: number, values: Row) =>
  region({
    annee,
    type_structure: 'MSP',
    nb_remunerees: 162,
    montant_total: 13295968.61,
    avance: 1,
    solde: 1,
    moyenne: 82073.8803,
    moyenne_annee_complete: 82541.1168,
    minimum: 1,
    maximum: 2,
    nb_prerequis_non_atteints: 5,
    ...values,
  });

describe('remunerations headline', () => {
  const both = [
    remuneration(2022, { nb_remunerees: 146, montant_total: 10529910, moyenne: 72122.6712, moyenne_annee_complete: 71495.3452, nb_prerequis_non_atteints: 2 }),
    remuneration(2023, {}),
  ];

  it('states the total against the previous year (+26,3 % from 10 529 910,00 €) and both means with their change', () => {
    expect(sentences('remunerations', story({ remunerations: both }))).toEqual([
      '162 MSP rémunérées au titre de l’ACI pour 2023 ; 5 MSP n’atteignent pas les prérequis (avant contestation éventuelle).',
      'Les rémunérations versées aux MSP au titre de l’ACI pour 2023 représentent au total 13 295 968,61 €, en hausse de 26,3 % par rapport à 2022 (10 529 910,00 €).',
      'La rémunération 2023 moyenne par MSP est de 82 073,88 € contre 72 122,67 € en 2022, en hausse de 13,8 %.',
      'Pour les MSP adhérentes sur l’intégralité de l’année 2023, la rémunération moyenne s’élève à 82 541,12 € contre 71 495,35 € en 2022, en hausse de 15,4 %.',
    ]);
  });

  it('agrees with one MSP', () => {
    const [first] = sentences('remunerations', story({ remunerations: [remuneration(2023, { nb_remunerees: 1, nb_prerequis_non_atteints: 1 })] }));
    expect(first).toBe('1 MSP rémunérée au titre de l’ACI pour 2023 ; 1 MSP n’atteint pas les prérequis (avant contestation éventuelle).');
  });

  it('shows no evolution without the previous year', () => {
    const text = sentences('remunerations', story({ remunerations: [remuneration(2023, {})] }));
    expect(text[1]).toBe('Les rémunérations versées aux MSP au titre de l’ACI pour 2023 représentent au total 13 295 968,61 €.');
    expect(text.join(' ')).not.toMatch(/hausse|baisse|2022/);
  });

  it('drops the sentence of a masked figure, and the evolution of a masked previous figure', () => {
    const text = sentences(
      'remunerations',
      story({ remunerations: both }, { masked: (_, row, column) => column === 'moyenne' || (row.annee === 2022 && column === 'montant_total') }),
    );
    expect(text.some((line) => line.includes('82 073,88'))).toBe(false);
    expect(text.some((line) => line.includes('72 122,67'))).toBe(false);
    expect(text).toContain('Les rémunérations versées aux MSP au titre de l’ACI pour 2023 représentent au total 13 295 968,61 €.');
    expect(text.join(' ')).not.toContain('10 529 910');
  });
});

const adhesion = (annee: number, nb_adhesions: number, nb_resiliations: number, nb_actives_fin_annee: number) =>
  region({ annee, type_structure: 'MSP', nb_adhesions, nb_resiliations, nb_actives_fin_annee });
const contracts = [adhesion(2021, 26, 0, 130), adhesion(2022, 25, 0, 150), adhesion(2023, 21, 1, 170), adhesion(2024, 4, 0, 174)];

describe('adhesions headline', () => {
  const cutoff = { arrete: '2024-04-30', contractsYear: 2024 };

  it('tells the pace of contracts and the year to date at the cut-off date', () => {
    expect(sentences('adhesions', story({ adhesions: contracts }, cutoff), 'grille')).toEqual([
      'Les adhésions des MSP à l’ACI se poursuivent : 26 adhésions enregistrées en 2021, 25 en 2022 et 21 en 2023 (1 résiliation).',
      '4 adhésions supplémentaires sont déjà intervenues en 2024 (au 30/04/2024).',
    ]);
    expect(sentences('adhesions', story({ adhesions: contracts }, cutoff), 'etat')).toEqual([
      '174 MSP ont un contrat ACI actif au 30/04/2024, contre 170 au 31/12/2023 (+4 MSP, +2,4 %).',
    ]);
  });

  it('agrees with one contract and one MSP', () => {
    const one = [adhesion(2021, 1, 0, 1), adhesion(2022, 0, 0, 1), adhesion(2023, 0, 0, 1), adhesion(2024, 1, 0, 1)];
    const text = sentences('adhesions', story({ adhesions: one }, cutoff));
    expect(text).toContain('1 MSP a un contrat ACI actif au 30/04/2024, comme au 31/12/2023.');
    expect(text).toContain('Les adhésions des MSP à l’ACI se poursuivent : 1 adhésion enregistrée en 2021, 0 en 2022 et 0 en 2023.');
    expect(text).toContain('1 adhésion supplémentaire est déjà intervenue en 2024 (au 30/04/2024).');
  });

  it('shows no evolution without the previous year', () => {
    expect(sentences('adhesions', story({ adhesions: [adhesion(2023, 21, 1, 170)] }), 'etat')).toEqual(['170 MSP ont un contrat ACI actif au 31/12/2023.']);
  });

  it('writes nothing that needs a masked count', () => {
    const masked = story({ adhesions: contracts }, { ...cutoff, masked: (_, row, column) => row.annee === 2022 && column === 'nb_adhesions' });
    expect(sentences('adhesions', masked, 'grille')).toEqual(['4 adhésions supplémentaires sont déjà intervenues en 2024 (au 30/04/2024).']);
  });
});

const patients = (annee: number, mt: number, enfants: number, file: number) =>
  region({
    annee,
    type_structure: 'MSP',
    nb_structures: 167,
    patientele_mt_somme: mt,
    patientele_mt_moyenne: mt / 167,
    enfants_0_16_somme: enfants,
    file_active_somme: file,
  });

describe('patientele headline', () => {
  it('states the patients with a médecin traitant, the children, the mean and the file active', () => {
    expect(sentences('patientele', story({ patientele: [patients(2023, 885059, 170649, 1441871)] }))).toEqual([
      '885 059 patients de 16 ans et plus sont suivis par un médecin traitant exerçant au sein d’une MSP ACI en 2023, ainsi que 170 649 enfants de 0 à 16 ans.',
      'La patientèle médecin traitant moyenne par MSP est de 5 300 patients.',
      '1 441 871 patients ont été pris en charge au moins une fois dans une MSP en 2023.',
    ]);
  });

  it('agrees with one patient and gives the change when the previous year exists', () => {
    const text = sentences('patientele', story({ patientele: [patients(2022, 800000, 1, 1), patients(2023, 885059, 1, 1)] }));
    expect(text[0]).toBe(
      '885 059 patients de 16 ans et plus sont suivis par un médecin traitant exerçant au sein d’une MSP ACI en 2023 (+10,6 % par rapport à 2022), ainsi que 1 enfant de 0 à 16 ans.',
    );
    expect(text[2]).toBe('1 patient a été pris en charge au moins une fois dans une MSP en 2023.');
  });

  it('drops what is masked', () => {
    const text = sentences(
      'patientele',
      story({ patientele: [patients(2023, 885059, 170649, 1441871)] }, { masked: (_, __, column) => column.startsWith('patientele_mt') }),
    );
    expect(text).toEqual(['1 441 871 patients ont été pris en charge au moins une fois dans une MSP en 2023.']);
  });
});

const profession = (annee: number, code: string, nb: number, pct: number) =>
  region({ annee, type_structure: 'MSP', profession: code, nb_professionnels: nb, nb_structures_avec: 1, pct_structures_avec: pct });

describe('professionnels headline', () => {
  const rows = [profession(2023, 'medecin_generaliste', 942, 99.4), profession(2023, 'infirmier', 619, 95.9), profession(2023, 'psychologue', 1, 10)];

  it('adds the professions up, names the most widespread ones, and agrees with one professional', () => {
    expect(sentences('professionnels', story({ professionnels: rows }))).toEqual([
      '1 562 professionnels sont impliqués dans les MSP en 2023.',
      'Professions présentes dans le plus de MSP : médecins généralistes (99,4 % des MSP), infirmiers (95,9 % des MSP).',
    ]);
    expect(sentences('professionnels', story({ professionnels: [profession(2023, 'psychologue', 1, 10)] }))).toEqual([
      '1 professionnel est impliqué dans les MSP en 2023.',
    ]);
  });

  it('takes the published « ensemble » row when there is one, with its change', () => {
    const text = sentences(
      'professionnels',
      story({ professionnels: [...rows, profession(2023, 'ensemble', 2000, 100), profession(2022, 'ensemble', 1600, 100)] }),
    );
    expect(text[0]).toBe('2 000 professionnels sont impliqués dans les MSP en 2023 (+25,0 % par rapport à 2022).');
  });

  it('never adds up around a masked count, nor ranks around a masked share', () => {
    const text = sentences('professionnels', story({ professionnels: rows }, { masked: (_, row) => row.profession === 'psychologue' }));
    expect(text).toEqual([]);
  });
});

const cpts = (values: Row) =>
  region({ nb_en_projet: 29, nb_validees: 91, nb_signataires: 91, population_couverte: 1, population: 2, taux_couverture: 78.8584, ...values });

describe('cpts_couverture headline', () => {
  it('states coverage at the cut-off date and the projects', () => {
    expect(sentences('cpts_couverture', story({ cpts_couverture: [cpts({})] }, { arrete: '2024-04-30' }))).toEqual([
      'Île-de-France, au 30/04/2024 : 91 CPTS signataires de l’ACI couvrent 78,9 % de la population.',
      '29 projets de CPTS sont en cours de constitution.',
    ]);
  });

  it('agrees with one CPTS and one project, adds the coverage with projects when published', () => {
    expect(
      sentences('cpts_couverture', story({ cpts_couverture: [cpts({ nb_signataires: 1, nb_en_projet: 1, taux_couverture_avec_projets: 92.06 })] })),
    ).toEqual([
      'Île-de-France, au 31/12/2023 : 1 CPTS signataire de l’ACI couvre 78,9 % de la population.',
      '1 projet de CPTS est en cours de constitution ; en les prenant en compte, le taux de couverture régional est de 92,1 %.',
    ]);
  });

  it('compares with France when there is a France row, and drops what is masked', () => {
    const france = { niveau: 'france', code: 'FR', taux_couverture: 69.84 };
    expect(sentences('cpts_couverture', story({ cpts_couverture: [cpts({}), france] }), 'regions')).toEqual([
      'Au 31/12/2023, 78,9 % de la population de la région Île-de-France est couverte par une CPTS signataire, contre 69,8 % en France entière.',
    ]);
    expect(sentences('cpts_couverture', story({ cpts_couverture: [cpts({})] }, { masked: (_, __, column) => column === 'nb_signataires' }))).toEqual([
      '29 projets de CPTS sont en cours de constitution.',
    ]);
  });
});

const centres = (code: string | null, dentaire: number, infirmier: number, medical: number, polyvalent: number) => {
  const values = {
    nb_dentaire: dentaire,
    nb_infirmier: infirmier,
    nb_medical: medical,
    nb_polyvalent: polyvalent,
    nb_total: dentaire + infirmier + medical + polyvalent,
  };
  return code ? dep(code, values) : region(values);
};

describe('cds headline', () => {
  const rows = [centres('75', 129, 3, 66, 73), centres('77', 32, 1, 17, 9), centres('93', 79, 0, 44, 65), centres(null, 240, 4, 127, 147)];

  it('counts active centres at the cut-off date by category, and the best-endowed departments', () => {
    expect(sentences('cds', story({ cds: rows }, { arrete: '2024-05-29' }))).toEqual([
      '518 centres de santé actifs au 29/05/2024 : 274 médicaux ou polyvalents, 240 dentaires et 4 infirmiers.',
      'Départements les plus dotés en centres médicaux ou polyvalents : Paris (139) et Seine-Saint-Denis (109).',
    ]);
  });

  it('agrees with one centre and drops the detail of a masked category', () => {
    expect(sentences('cds', story({ cds: [centres(null, 1, 0, 0, 0)] }))).toEqual([
      '1 centre de santé actif au 31/12/2023 : 0 médical ou polyvalent, 1 dentaire et 0 infirmier.',
    ]);
    expect(sentences('cds', story({ cds: rows }, { masked: (_, __, column) => column === 'nb_infirmier' }))).toEqual([
      '518 centres de santé actifs au 31/12/2023.',
      'Départements les plus dotés en centres médicaux ou polyvalents : Paris (139) et Seine-Saint-Denis (109).',
    ]);
  });
});

const rate = (code: string | null, annee: number, taux: number) =>
  code ? dep(code, { annee, programme: 'sein', taux }) : region({ annee, programme: 'sein', taux });

describe('depistage headline', () => {
  const rows = [rate(null, 2021, 55.6), rate(null, 2022, 57.0), rate(null, 2023, 57.5), rate('93', 2023, 51.8), rate('78', 2023, 60.5)];

  it('gives the region rate, its change in points over one year and over the window, and the gap between departments', () => {
    expect(sentences('depistage', story({ depistage: rows }), 'sein')).toEqual([
      'Dépistage organisé du cancer du sein : 57,5 % de participation en 2023 en Île-de-France (+0,5 pt par rapport à 2022, +1,9 pt depuis 2021).',
      'Écart entre départements : de 51,8 % (Seine-Saint-Denis) à 60,5 % (Yvelines).',
    ]);
  });

  it('shows no evolution without earlier years, and no gap around a masked department', () => {
    const only = [rate(null, 2023, 57.5), rate('93', 2023, 51.8), rate('78', 2023, 60.5)];
    expect(sentences('depistage', story({ depistage: only }, { masked: (_, row) => row.code === '78' }), 'sein')).toEqual([
      'Dépistage organisé du cancer du sein : 57,5 % de participation en 2023 en Île-de-France.',
    ]);
  });
});

describe('Faits marquants', () => {
  it('rank the largest changes across tables, percent and points together', () => {
    const context = story({
      remunerations: [remuneration(2022, { montant_total: 10529910, moyenne: 72122.6712 }), remuneration(2023, {})],
      adhesions: contracts.slice(0, 3),
      depistage: [rate(null, 2022, 57.0), rate(null, 2023, 57.5)],
    });
    const facts = highlights(context, 3);
    expect(plain(facts.map((fact) => fact.sentence))).toEqual([
      'Rémunération ACI des MSP, montant total : 13 295 968,61 € en 2023, +26,3 % par rapport à 2022 (10 529 910,00 €).',
      'Nouvelles adhésions de MSP à l’ACI : 21 en 2023, −16,0 % par rapport à 2022 (25).',
      'Rémunération ACI moyenne par MSP : 82 073,88 € en 2023, +13,8 % par rapport à 2022 (72 122,67 €).',
    ]);
    expect(highlights(story({ remunerations: [remuneration(2023, {})] }))).toEqual([]);
  });
});
