// The headline templates of the contract's version-2 tables: agreement, no evolution without the
// previous year (or period), nothing from a masked cell.
import { describe, expect, it } from 'vitest';
import { tableSpec } from '../../core';
import type { Row } from '../../core/published/published-tables';
import { plain, region, story } from './helpers';

const sentences = (table: Parameters<typeof tableSpec>[0], context: ReturnType<typeof story>, part?: string) =>
  plain(tableSpec(table).headline.sentences(context, part));

describe('cds_effectifs headline', () => {
  const staff = (values: Row) =>
    region({ annee: 2023, categorie: 'ensemble', profession: 'ensemble', nb_centres: 856, effectif: 16594, etp: 9504.39, ...values });
  it('counts centres, salaried people and FTE, agreeing with one', () => {
    expect(sentences('cds_effectifs', story({ cds_effectifs: [staff({})] }))).toEqual([
      'En 2023, 856 centres de santé déclarent 16 594 personnes salariées, soit 9 504 équivalents temps plein (ETP).',
    ]);
    expect(sentences('cds_effectifs', story({ cds_effectifs: [staff({ nb_centres: 1, effectif: 1, etp: null })] }))).toEqual([
      'En 2023, 1 centre de santé déclare 1 personne salariée.',
    ]);
  });
  it('says nothing of a masked count', () => {
    expect(sentences('cds_effectifs', story({ cds_effectifs: [staff({})] }, { masked: (_, __, column) => column === 'effectif' }))).toEqual([]);
  });
});

describe('cds_patientele headline', () => {
  const patients = (values: Row) =>
    region({
      annee: 2023,
      categorie: 'ensemble',
      patientele_mt_somme: 540692,
      file_active_mg_somme: 3062599,
      file_active_dentaire_somme: 2014621,
      file_active_infirmiere_somme: 24318,
      ...values,
    });
  it('states the patients with a médecin traitant and the files actives, agreeing with one patient', () => {
    expect(sentences('cds_patientele', story({ cds_patientele: [patients({})] }))).toEqual([
      'Fin 2023, 540 692 patients sont suivis par un médecin traitant en centre de santé.',
      'Files actives : médecine générale 3 062 599, dentaire 2 014 621, infirmière 24 318 patients.',
    ]);
    expect(sentences('cds_patientele', story({ cds_patientele: [patients({ patientele_mt_somme: 1 })] }))[0]).toBe(
      'Fin 2023, 1 patient est suivi par un médecin traitant en centre de santé.',
    );
  });
  it('drops the files actives when one is masked', () => {
    expect(
      sentences('cds_patientele', story({ cds_patientele: [patients({})] }, { masked: (_, __, column) => column === 'file_active_infirmiere_somme' })),
    ).toHaveLength(1);
  });
});

describe('cds_remunerations headline', () => {
  const paid = (annee: number, categorie: string, values: Row) =>
    region({ annee, categorie, nb_remunerees: 761, montant_total: 34395166.83, moyenne: 45197.3283, ...values });
  const rows = [
    paid(2022, 'ensemble', { nb_remunerees: 771, montant_total: 37595726.72, moyenne: 48762.2915 }),
    paid(2023, 'ensemble', {}),
    paid(2023, 'polyvalent_medical', { moyenne: 63478.1125 }),
  ];
  it('states the total against the previous year (−8,5 %), the means, and agrees with one centre', () => {
    expect(sentences('cds_remunerations', story({ cds_remunerations: rows }))).toEqual([
      '761 centres de santé rémunérés au titre de 2023 : 34 395 166,83 € au total, en baisse de 8,5 % par rapport à 2022 (37 595 726,72 €).',
      'Rémunération 2023 moyenne par centre rémunéré : 45 197,33 € contre 48 762,29 € en 2022 (en baisse de 7,3 %).',
      'Centres polyvalents ou médicaux : 63 478,11 €.',
    ]);
    expect(sentences('cds_remunerations', story({ cds_remunerations: [paid(2023, 'ensemble', { nb_remunerees: 1 })] }))[0]).toBe(
      '1 centre de santé rémunéré au titre de 2023 : 34 395 166,83 € au total.',
    );
  });
  it('gives no evolution from a masked previous total', () => {
    const text = sentences(
      'cds_remunerations',
      story({ cds_remunerations: rows }, { masked: (_, row, column) => row.annee === 2022 && column === 'montant_total' }),
    );
    expect(text[0]).toBe('761 centres de santé rémunérés au titre de 2023 : 34 395 166,83 € au total.');
  });
});

describe('remunerations_groupes headline', () => {
  const groups = (annee: number, type: string, counts: number[]) =>
    counts.map((nb, index) => region({ annee, type_structure: type, groupe: String(index + 1), nb_structures: nb }));
  it('counts the structures meeting the prerequisites against the previous year, by type', () => {
    const rows = [...groups(2022, 'CDS', [756, 13, 2, 19, 62]), ...groups(2023, 'CDS', [752, 8, 1, 28, 67]), ...groups(2023, 'MSP', [1, 0, 0, 0, 1])];
    expect(sentences('remunerations_groupes', story({ remunerations_groupes: rows }))).toEqual([
      '1 MSP des groupes 1 à 3 atteint les prérequis en 2023 ; 1 ne les atteint pas.',
      '761 CDS des groupes 1 à 3 atteignent les prérequis en 2023 (771 en 2022) ; 95 ne les atteignent pas.',
    ]);
    expect(sentences('remunerations_groupes', story({ remunerations_groupes: rows }), 'CDS')).toHaveLength(1);
  });
  it('adds up no group around a masked one', () => {
    const rows = groups(2023, 'CDS', [752, 8, 1, 28, 67]);
    expect(sentences('remunerations_groupes', story({ remunerations_groupes: rows }, { masked: (_, row) => row.groupe === '3' }))).toEqual([]);
  });
});

describe('indicateurs headline', () => {
  const indicator = (code: string, poids: number, values: Row = {}) =>
    region({
      annee: 2023,
      type_structure: 'CDS',
      categorie: 'ensemble',
      indicateur: code,
      libelle: code === 'a' ? 'Niveau 1' : 'Accessibilité',
      nb_structures: 428,
      nb_atteint: 349,
      poids_pct: poids,
      ...values,
    });
  it('names the indicator weighing most and how many reach it', () => {
    expect(sentences('indicateurs', story({ indicateurs: [indicator('a', 38.2), indicator('b', 7.8)] }))).toEqual([
      'Indicateur le plus lourd dans la rémunération 2023 des CDS : « Niveau 1 » (38,2 % du montant) ; 349 des 428 centres l’atteignent.',
    ]);
  });
  it('ranks nothing when a weight is masked', () => {
    expect(
      sentences(
        'indicateurs',
        story({ indicateurs: [indicator('a', 38.2), indicator('b', 7.8)] }, { masked: (_, row, column) => row.indicateur === 'b' && column === 'poids_pct' }),
      ),
    ).toEqual([]);
  });
});

describe('indicateurs_territoriaux headline', () => {
  const value = (periode: string, valeur: number, indicateur = 'prado_ic') =>
    region({ indicateur, periode, libelle: 'Adhésions Prado – insuffisance cardiaque (janvier à avril)', unite: 'nombre', valeur });
  it('compares the latest period with the same period a year before (the deck’s +12 % was +12,3 %)', () => {
    expect(sentences('indicateurs_territoriaux', story({ indicateurs_territoriaux: [value('2023-04', 1183), value('2024-04', 1329)] }))).toEqual([
      'Adhésions Prado – insuffisance cardiaque (janvier à avril) : 1 329 en avril 2024, contre 1 183 en avril 2023 (+12,3 %).',
    ]);
  });
  it('shows no evolution without the period a year before, nor from a masked one', () => {
    expect(sentences('indicateurs_territoriaux', story({ indicateurs_territoriaux: [value('2024-03', 1), value('2024-04', 1)] }))).toEqual([
      'Adhésions Prado – insuffisance cardiaque (janvier à avril) : 1 en avril 2024.',
    ]);
    const masked = story({ indicateurs_territoriaux: [value('2023-04', 1183), value('2024-04', 1329)] }, { masked: (_, row) => row.periode === '2023-04' });
    expect(sentences('indicateurs_territoriaux', masked)).toEqual(['Adhésions Prado – insuffisance cardiaque (janvier à avril) : 1 329 en avril 2024.']);
  });
});
