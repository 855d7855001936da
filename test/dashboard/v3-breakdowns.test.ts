// The other programmes' breakdowns (contract version 3) in the dashboard's model, on hand-made rows:
// labels of dimensions and modalities, the order the filters narrow each other, what a figure is
// called, the table of modalities, the empty map's sentence and the department panel's lines.
import { describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../core';
import type { PublishedTables, Row } from '../../core/published/published-tables';
import { tableCells } from '../../dashboard/src/download/table-rows';
import {
  codeWords,
  dimensionHeading,
  dimensionLabel,
  figureName,
  figureTitle,
  hasDepartementRows,
  isBrokenDown,
  keyValue,
  modalityLabel,
  programmeLabel,
} from '../../dashboard/src/model/breakdowns';
import { createDataset } from '../../dashboard/src/model/dataset';
import { filtersOf, isNamed, matchesFilters } from '../../dashboard/src/model/filters';
import { regionOnlyBreakdown } from '../../dashboard/src/model/programme-view';
import { indicatorColumn } from '../../dashboard/src/model/sections';
import { periodWords } from '../../dashboard/src/model/view-words';
import { panelTable } from '../../dashboard/src/panel/panel-lines';
import { normaliseState, stateToParams } from '../../dashboard/src/state/view-state';
import { viewSubject } from '../../dashboard/src/state/view-subject';
import { modalityTable, sectionTables } from '../../dashboard/src/table/section-tables';

const empty = () => Object.fromEntries(TABLE_NAMES.map((name) => [name, [] as Row[]])) as PublishedTables;

/** A row as the page decodes it: an empty dimension and modality are null. */
function row(niveau: string, code: string, indicateur: string, periode: string, valeur: number, breakdown?: [string, string, string | null]): Row {
  const [dimension, modalite, libelle_modalite] = breakdown ?? [null, null, null];
  const libelle = { dmp: 'Documents DMP', bilan: 'Bilans prévention', tele: 'Téléconsultations' }[indicateur] ?? null;
  return { niveau, code, indicateur, periode, dimension, modalite, libelle, libelle_modalite, unite: 'nombre', valeur };
}

const tables = empty();
tables.indicateurs_territoriaux = [
  // DMP documents by quarter, by actor in two departments; the last quarter has only the total.
  row('departement', '75', 'dmp', '2023-T4', 150),
  row('departement', '75', 'dmp', '2023-T4', 100, ['acteur', 'medecin_ville', 'Médecins de ville']),
  row('departement', '75', 'dmp', '2023-T4', 50, ['acteur', 'pharmacie', 'Pharmacies']),
  row('departement', '77', 'dmp', '2023-T4', 16),
  row('departement', '77', 'dmp', '2023-T4', 10, ['acteur', 'medecin_ville', null]),
  row('departement', '77', 'dmp', '2023-T4', 6, ['acteur', 'pharmacie', null]),
  row('region', '11', 'dmp', '2023-T4', 166),
  row('region', '11', 'dmp', '2023-T4', 110, ['acteur', 'medecin_ville', 'Médecins de ville']),
  row('region', '11', 'dmp', '2023-T4', 56, ['acteur', 'pharmacie', 'Pharmacies']),
  row('departement', '75', 'dmp', '2024-T1', 170),
  // Mon bilan prévention: by month, and by profession for the year, for the region only.
  row('region', '11', 'bilan', '2024-01', 28),
  row('region', '11', 'bilan', '2024-02', 51),
  row('region', '11', 'bilan', '2024', 345),
  row('region', '11', 'bilan', '2024', 208, ['profession', 'medecin_generaliste', 'Médecins généralistes (RDV)']),
  row('region', '11', 'bilan', '2024', 137, ['profession', 'infirmier', 'Infirmiers (RDI)']),
  // A dimension no catalogue knows, a modality without a label.
  row('region', '11', 'tele', '2024-05', 120),
  row('region', '11', 'tele', '2024-05', 120, ['type_acte', 'acte_video', null]),
  // A breakdown without its total.
  row('region', '11', 'parcours', '2024', 15, ['situation', 'programme', 'CPTS ayant un programme']),
  row('region', '11', 'parcours', '2024', 17, ['situation', 'accompagnement', 'CPTS accompagnées']),
];
tables.evenements = [
  {
    niveau: 'departement',
    code: '75',
    annee: 2024,
    type_structure: 'MSP',
    categorie: 'ensemble',
    evenement: 'procedure_conventionnelle',
    nb_structures: 1,
    nb_groupes: 0,
  },
  {
    niveau: 'region',
    code: '11',
    annee: 2024,
    type_structure: 'MSP',
    categorie: 'ensemble',
    evenement: 'procedure_conventionnelle',
    nb_structures: 1,
    nb_groupes: 0,
  },
];
const dataset = createDataset(tables, { generatedAt: null, referenceYear: 2024, regions: ['11'] });
const rows = tables.indicateurs_territoriaux;
const state = (query: string) => normaliseState(new URLSearchParams(`region=11&rubrique=indicateurs_territoriaux&${query}`), dataset);

describe('dimensions and modalities as a person reads them', () => {
  it('spells a dimension out from one catalogue; an unknown one is its code in words', () => {
    expect(dimensionLabel('')).toBe('Total');
    expect(dimensionLabel('profession')).toBe('Par profession');
    expect(dimensionLabel('acteur')).toBe('Par acteur');
    expect(dimensionLabel('mode')).toBe('Par mode');
    expect(dimensionLabel('service')).toBe('Par service');
    expect(dimensionLabel('type_acte')).toBe('type acte');
    expect(dimensionHeading('acteur')).toBe('Acteur');
    expect(dimensionHeading('type_acte')).toBe('Modalité');
    expect(codeWords('bilan_18_25')).toBe('bilan 18 25');
  });

  it('names a modality by its libelle_modalite (of its programme and dimension), else by its code in words', () => {
    expect(modalityLabel(rows, 'pharmacie')).toBe('Pharmacies');
    expect(modalityLabel(rows, 'pharmacie', { indicateur: 'dmp', dimension: 'acteur' })).toBe('Pharmacies');
    expect(modalityLabel(rows, 'pharmacie', { indicateur: 'bilan', dimension: 'acteur' })).toBe('pharmacie');
    expect(modalityLabel(rows, 'acte_video')).toBe('acte video');
    expect(modalityLabel(rows, '')).toBe('Total');
    expect(programmeLabel(rows, 'dmp')).toBe('Documents DMP');
    expect(programmeLabel(rows, 'inconnu')).toBe('inconnu');
  });

  it('names a figure by its programme, modality and period, never « Valeur »', () => {
    expect(figureName(rows, { indicateur: 'dmp', dimension: '', modalite: '' })).toBe('Documents DMP – Total');
    expect(figureName(rows.slice(0, 1), { indicateur: 'dmp', dimension: '', modalite: '' })).toBe('Documents DMP');
    expect(figureName(rows, { indicateur: 'dmp', dimension: 'acteur', modalite: 'pharmacie' })).toBe('Documents DMP – Pharmacies');
    expect(figureTitle(rows, { indicateur: 'dmp', dimension: 'acteur', modalite: 'pharmacie', periode: '2023-T4' })).toBe(
      'Documents DMP – Pharmacies, T4 2023',
    );
    expect(figureTitle(rows, { indicateur: 'bilan', dimension: '', modalite: '', periode: '2024-02' })).toBe('Bilans prévention – Total, février 2024');
    const valeur = indicatorColumn('indicateurs_territoriaux', 'valeur')!;
    expect(periodWords(dataset, 'indicateurs_territoriaux', valeur, { periode: '2024-T1' })).toBe('au T1 2024');
    expect(periodWords(dataset, 'indicateurs_territoriaux', valeur, { periode: '2024-02' })).toBe('en février 2024');
    expect(viewSubject(dataset, state('code_indicateur=dmp&dimension=acteur&modalite=pharmacie&periode=2023-T4'), valeur)).toBe(
      'Documents DMP – Pharmacies au T4 2023 – Île-de-France',
    );
  });

  it('reads an empty key as the total', () => {
    expect(keyValue(rows[0]!, 'dimension')).toBe('');
    expect(matchesFilters(rows[0]!, { indicateur: 'dmp', dimension: '', modalite: '' })).toBe(true);
    expect(matchesFilters(rows[1]!, { indicateur: 'dmp', dimension: '', modalite: '' })).toBe(false);
    expect(isBrokenDown(rows, 'dmp')).toBe(true);
    expect(
      isBrokenDown(
        tables.indicateurs_territoriaux.filter((r) => r.dimension === null),
        'dmp',
      ),
    ).toBe(false);
  });
});

describe('the filters of the other programmes', () => {
  it('narrow programme → breakdown → modality → period, the total and the latest period first chosen', () => {
    const filters = filtersOf('indicateurs_territoriaux', rows, { indicateur: 'dmp' });
    expect(filters.map((f) => f.key)).toEqual(['indicateur', 'dimension', 'modalite', 'periode']);
    const byKey = Object.fromEntries(filters.map((f) => [f.key, f]));
    expect(byKey.dimension!.options).toEqual([
      { value: '', label: 'Total' },
      { value: 'acteur', label: 'Par acteur' },
    ]);
    expect(byKey.dimension!.defaultValue).toBe('');
    // The total has both quarters, the latest chosen.
    expect(byKey.periode!.options.map((o) => o.label)).toEqual(['T4 2023', 'T1 2024']);
    expect(byKey.periode!.defaultValue).toBe('2024-T1');
    // A modality offers only its own quarters.
    const pharmacies = Object.fromEntries(
      filtersOf('indicateurs_territoriaux', rows, { indicateur: 'dmp', dimension: 'acteur', modalite: 'pharmacie' }).map((f) => [f.key, f]),
    );
    expect(pharmacies.modalite!.options).toEqual([
      { value: 'medecin_ville', label: 'Médecins de ville' },
      { value: 'pharmacie', label: 'Pharmacies' },
    ]);
    expect(pharmacies.periode!.options.map((o) => o.value)).toEqual(['2023-T4']);
  });

  it('names the event and the modality even when alone, not a lone total nor a lone structure type', () => {
    const events = filtersOf('evenements', tables.evenements);
    expect(events.filter(isNamed).map((f) => f.key)).toEqual(['annee', 'evenement']);
    expect(events.find((f) => f.key === 'evenement')!.options).toEqual([{ value: 'procedure_conventionnelle', label: 'Procédures conventionnelles' }]);
    const total = filtersOf('indicateurs_territoriaux', rows, { indicateur: 'tele' });
    expect(total.filter(isNamed).map((f) => f.key)).toEqual(['indicateur', 'dimension', 'periode']);
    const video = filtersOf('indicateurs_territoriaux', rows, { indicateur: 'tele', dimension: 'type_acte' });
    expect(video.filter(isNamed).map((f) => f.key)).toEqual(['indicateur', 'dimension', 'modalite', 'periode']);
    // A breakdown without a total: its only dimension is still said.
    const alone = filtersOf('indicateurs_territoriaux', rows, { indicateur: 'parcours' });
    expect(alone.filter(isNamed).map((f) => [f.key, f.options.map((o) => o.label)])).toEqual([
      ['indicateur', ['Documents DMP', 'Bilans prévention', 'Téléconsultations', 'parcours']],
      ['dimension', ['Par situation']],
      ['modalite', ['CPTS ayant un programme', 'CPTS accompagnées']],
      ['periode', ['2024']],
    ]);
  });

  it('keeps the choice in the URL and falls back value by value', () => {
    const chosen = state('code_indicateur=dmp&dimension=acteur&modalite=pharmacie&periode=2023-T4');
    expect(chosen.filters).toEqual({ indicateur: 'dmp', dimension: 'acteur', modalite: 'pharmacie', periode: '2023-T4' });
    expect(stateToParams(chosen).toString()).toContain('code_indicateur=dmp&dimension=acteur&modalite=pharmacie&periode=2023-T4');
    // A quarter the modality does not have: its latest; an unknown modality: the first.
    expect(state('code_indicateur=dmp&dimension=acteur&modalite=pharmacie&periode=2024-T1').filters.periode).toBe('2023-T4');
    expect(state('code_indicateur=dmp&dimension=acteur&modalite=inconnue').filters.modalite).toBe('medecin_ville');
    expect(state('code_indicateur=dmp').filters).toEqual({ indicateur: 'dmp', dimension: '', modalite: '', periode: '2024-T1' });
  });
});

describe('a breakdown in the view', () => {
  it('maps a modality by department when the departments have it', () => {
    const chosen = state('code_indicateur=dmp&dimension=acteur&modalite=pharmacie&periode=2023-T4');
    expect(hasDepartementRows(rows, { indicateur: 'dmp', dimension: 'acteur', modalite: 'pharmacie', periode: '2023-T4' })).toBe(true);
    expect(regionOnlyBreakdown(dataset, '11', chosen.filters)).toBeNull();
    const [modalities, departements] = sectionTables(dataset, chosen);
    expect(modalities!.id).toBe('par-modalite');
    expect(modalities!.caption).toBe('Documents DMP, par acteur – Île-de-France, T4 2023');
    expect(modalities!.rowHeader).toBe('Acteur');
    expect(modalities!.body.map((line) => [line.name, line.values[0]])).toEqual([
      ['Médecins de ville', 110],
      ['Pharmacies', 56],
    ]);
    expect(modalities!.totals.map((line) => [line.name, line.values[0]])).toEqual([['Total', 166]]);
    // Downloaded without a « Code » column: a modality's code is the data's, not a person's.
    expect(tableCells(modalities!, [...modalities!.body, ...modalities!.totals])).toEqual([
      ['Acteur', 'Valeur'],
      ['Médecins de ville', 110],
      ['Pharmacies', 56],
      ['Total', 166],
    ]);
    expect(departements!.body.map((line) => [line.code, line.values[0]])).toEqual([
      ['75', 50],
      ['77', 6],
    ]);
  });

  it('a breakdown of the region only: its modalities, a sentence for the map, no table of departments', () => {
    const chosen = state('code_indicateur=bilan&dimension=profession');
    expect(chosen.filters).toEqual({ indicateur: 'bilan', dimension: 'profession', modalite: 'medecin_generaliste', periode: '2024' });
    expect(regionOnlyBreakdown(dataset, '11', chosen.filters)).toBe(
      'Pas de chiffre départemental pour la ventilation « Par profession » : la source ne la donne qu’au niveau régional (Île-de-France). Ses modalités sont dans le tableau ci-dessous.',
    );
    expect(sectionTables(dataset, chosen).map((table) => table.id)).toEqual(['par-modalite']);
    expect(modalityTable(dataset, state('code_indicateur=bilan'))).toBeNull();
    // The total is not a breakdown: no sentence.
    expect(regionOnlyBreakdown(dataset, '11', state('code_indicateur=bilan').filters)).toBeNull();
  });
});

describe('the department panel of the other programmes', () => {
  it('names each figure by its programme, its modality and its period', () => {
    const labels = (query: string, code: string) => panelTable(dataset, state(query), 'indicateurs_territoriaux', code)!.lines.map((line) => line.label);
    // Elsewhere: each programme's total at its latest period.
    expect(
      panelTable(dataset, normaliseState(new URLSearchParams('region=11&rubrique=adhesions'), dataset), 'indicateurs_territoriaux', '75')!.lines.map(
        (l) => l.label,
      ),
    ).toEqual(['Documents DMP – Total, au T1 2024']);
    // The open breakdown: the total and the modality at the chosen quarter.
    expect(labels('code_indicateur=dmp&dimension=acteur&modalite=pharmacie&periode=2023-T4', '75')).toEqual([
      'Documents DMP – Total, au T4 2023',
      'Documents DMP – Pharmacies, au T4 2023',
    ]);
    const lines = panelTable(
      dataset,
      state('code_indicateur=dmp&dimension=acteur&modalite=pharmacie&periode=2023-T4'),
      'indicateurs_territoriaux',
      '77',
    )!.lines;
    expect(lines.map((line) => [line.label, line.departement.valeur, line.region?.valeur, line.peers.length])).toEqual([
      ['Documents DMP – Total, au T4 2023', 16, 166, 2],
      ['Documents DMP – Pharmacies, au T4 2023', 6, 56, 2],
    ]);
  });
});
