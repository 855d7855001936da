// Issue « No figure that misleads », the story's part: the « Faits marquants » rank every change
// of the region's figures (not a hand-picked few), leave out what would mislead (small starts, a
// year counted to date, extremes), name ties; sentences naming the lowest or highest department
// name every tied one; the contracts headline says the deck's own year when counted to date.
import { describe, expect, it } from 'vitest';
import { highlights, rankedChanges, tableSpec } from '../../core';
import type { Row } from '../../core/published/published-tables';
import { dep, plain, region, story } from './helpers';

const cdsRemuneration = (annee: number, categorie: string, moyenne: number, values: Row = {}) =>
  region({ annee, categorie, nb_remunerees: 40, montant_total: 40 * moyenne, moyenne, minimum: 1, maximum: 9e6, ...values });
const msp = (annee: number, values: Row) => region({ annee, type_structure: 'MSP', nb_remunerees: 150, montant_total: 1.2e7, moyenne: 80000, ...values });

describe('Faits marquants', () => {
  it('rank a figure no headline speaks of (a CDS group’s mean) among the headlines’ own', () => {
    const context = story({
      remunerations: [msp(2022, { montant_total: 1.0e7 }), msp(2023, {})],
      cds_remunerations: [
        cdsRemuneration(2022, 'polyvalent_medical', 50000),
        cdsRemuneration(2023, 'polyvalent_medical', 40550, { nb_remunerees: 44, montant_total: 44 * 40550 }),
      ],
    });
    const sentences = plain(highlights(context, 2).map((fact) => fact.sentence));
    expect(sentences[0]).toBe('Rémunération ACI des MSP, montant total : 12 000 000,00 € en 2023, +20,0 % par rapport à 2022 (10 000 000,00 €).');
    expect(sentences[1]).toBe(
      'CDS – rémunération forfaitaire spécifique, Moyenne (Polyvalents et médicaux) : 40 550,00 € en 2023, −18,9 % par rapport à 2022 (50 000,00 €).',
    );
  });

  it('never rank an extreme, a change from under 10, or a year counted to the cut-off date', () => {
    const small = story({ remunerations: [msp(2022, { nb_prerequis_non_atteints: 2, maximum: 1 }), msp(2023, { nb_prerequis_non_atteints: 5, maximum: 9 })] });
    expect(
      rankedChanges(small)
        .map((fact) => fact.sentence)
        .join(' '),
    ).not.toMatch(/Prérequis|Maximum/);
    const adhesion = (annee: number, nb_adhesions: number, nb_actives_fin_annee: number) =>
      region({ annee, type_structure: 'MSP', nb_adhesions, nb_resiliations: 0, nb_actives_fin_annee });
    const toDate = story({ adhesions: [adhesion(2023, 21, 170), adhesion(2024, 13, 183)] }, { year: 2024, arrete: '2024-04-30', contractsYear: 2024 });
    expect(rankedChanges(toDate)).toEqual([]);
    const whole = story({ adhesions: [adhesion(2023, 21, 170), adhesion(2024, 30, 190)] }, { year: 2024, arrete: '2024-12-31', contractsYear: 2024 });
    expect(rankedChanges(whole).length).toBeGreaterThan(0);
  });

  it('show every change tied with the last one, each marked ex aequo', () => {
    const context = story({
      remunerations: [msp(2022, { montant_total: 1.0e7, moyenne: 100000 }), msp(2023, { montant_total: 1.1e7, moyenne: 110000, nb_remunerees: 150 })],
    });
    const shown = highlights(context, 1);
    expect(shown.length).toBeGreaterThanOrEqual(2);
    expect(shown.every((fact) => fact.tie)).toBe(true);
    expect(plain(shown.map((fact) => fact.sentence)).join(' ')).toContain('+10,0 %');
  });
});

describe('ties between departments', () => {
  const rate = (code: string, taux: number) => dep(code, { annee: 2023, programme: 'sein', taux });
  it('name every department at the lowest or highest rate as shown', () => {
    const rows = [region({ annee: 2023, programme: 'sein', taux: 57.5 }), rate('91', 26.2), rate('78', 26.24), rate('93', 51.8), rate('75', 60.5)];
    expect(plain(tableSpec('depistage').headline.sentences(story({ depistage: rows }), 'sein'))).toContain(
      'Écart entre départements : de 26,2 % (Essonne, Yvelines) à 60,5 % (Paris).',
    );
  });
});

describe('contracts headline', () => {
  const adhesion = (annee: number, nb_adhesions: number, nb_actives_fin_annee: number) =>
    region({ annee, type_structure: 'MSP', nb_adhesions, nb_resiliations: 0, nb_actives_fin_annee });
  it('says the deck’s own year when it is counted to the cut-off date', () => {
    const rows = [adhesion(2021, 26, 130), adhesion(2022, 25, 150), adhesion(2023, 21, 170), adhesion(2024, 13, 183)];
    expect(
      plain(tableSpec('adhesions').headline.sentences(story({ adhesions: rows }, { year: 2024, arrete: '2024-04-30', contractsYear: 2024 }), 'grille')),
    ).toEqual([
      'Les adhésions des MSP à l’ACI se poursuivent : 26 adhésions enregistrées en 2021, 25 en 2022 et 21 en 2023.',
      '13 adhésions supplémentaires sont déjà intervenues en 2024 (au 30/04/2024).',
    ]);
  });
});

describe('ties in rankings', () => {
  it('name every profession tied with the second most present, ex aequo', () => {
    const share = (profession: string, pct_structures_avec: number) =>
      region({ annee: 2023, type_structure: 'MSP', profession, nb_professionnels: 100, pct_structures_avec });
    const rows = [share('medecin_generaliste', 80), share('infirmier', 50), share('masseur_kinesitherapeute', 50.04), share('sage_femme', 20)];
    expect(plain(tableSpec('professionnels').headline.sentences(story({ professionnels: rows })))).toContain(
      'Professions présentes dans le plus de MSP : médecins généralistes (80,0 % des MSP), masseurs-kinésithérapeutes (50,0 % des MSP, ex aequo), infirmiers (50,0 % des MSP, ex aequo).',
    );
  });
});
