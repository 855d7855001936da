// What the dashboard calls its scopes and how it dates a figure, and what a person reads of a control
// line (issue 18, cases 8 and 9): pure functions, on the regions and run dates of real runs.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTROL_LABELS, type ControlRow, controlLabel, controlMessage, REGIONS, TABLES } from '../../core';
import { createDataset } from '../../dashboard/src/model/dataset';
import { scopeNames } from '../../dashboard/src/model/scope-names';
import { datedLabel, periodWords } from '../../dashboard/src/model/view-words';

const column = (table: keyof typeof TABLES, name: string) => [...TABLES[table].keys, ...TABLES[table].values].find((c) => c.name === name)!;

describe('scopeNames(regions with data)', () => {
  it('calls one region’s data by that region and offers no « France entière »', () => {
    const names = scopeNames(new Set(['11']));
    expect(names.offersAll).toBe(false);
    expect(names.scope('FR')).toBe('Île-de-France');
    expect(names.area('france', 'FR')).toBe('Île-de-France');
  });

  it('names a few regions’ total by the regions it adds up, not « France »', () => {
    const names = scopeNames(new Set(['28', '11']));
    expect(names.offersAll).toBe(true);
    expect(names.scope('FR')).toBe('Île-de-France et Normandie');
    expect(names.area('france', 'FR')).toBe('Île-de-France et Normandie');
    expect(names.area('region', '28')).toBe('Normandie');
  });

  it('calls the data of every region « France entière », and its total « France »', () => {
    const names = scopeNames(new Set(REGIONS.map((r) => r.code)));
    expect(names.everyRegion).toBe(true);
    expect(names.scope('FR')).toBe('France entière');
    expect(names.area('france', 'FR')).toBe('France');
  });
});

describe('datedLabel(dataset, column, year) and periodWords', () => {
  const emptyTables = () => Object.fromEntries(Object.keys(TABLES).map((name) => [name, []])) as unknown as Parameters<typeof createDataset>[0];
  const dataset = (arrete: string) => createDataset(emptyTables(), { generatedAt: null, referenceYear: 2023, arrete, regions: ['11'] });

  it('dates the contracts active by the cut-off actually used, not « au 31/12 »', () => {
    const actives = column('adhesions', 'nb_actives_fin_annee');
    expect(datedLabel(dataset('2024-04-30'), actives, 2024)).toBe('Actives au 30/04/2024');
    expect(datedLabel(dataset('2024-04-30'), actives, 2023)).toBe('Actives au 31/12/2023');
    expect(datedLabel(dataset('2024-12-28'), actives, 2024)).toBe('Actives au 28/12/2024');
    expect(datedLabel(dataset('2024-04-30'), column('adhesions', 'nb_adhesions'), 2024)).toBe('Adhésions du 01/01 au 30/04/2024');
    expect(datedLabel(dataset('2024-04-30'), column('adhesions', 'nb_adhesions'), 2023)).toBe('Adhésions');
  });

  it('says when a figure stands: a stock at the cut-off, a yearly figure in its year, a programme in its month', () => {
    const d = dataset('2024-04-30');
    expect(periodWords(d, 'cpts_couverture', column('cpts_couverture', 'taux_couverture'), {})).toBe('au 30/04/2024');
    expect(periodWords(d, 'remunerations', column('remunerations', 'montant_total'), { annee: '2023' })).toBe('en 2023');
    expect(periodWords(d, 'indicateurs_territoriaux', column('indicateurs_territoriaux', 'valeur'), { periode: '2024-04' })).toBe('en avril 2024');
  });
});

describe('controlLabel(name) and controlMessage(row)', () => {
  const line = (controle: string, dataset: string, message: string): ControlRow => ({
    controle,
    gravite: 'alerte',
    dataset,
    id_structure: null,
    niveau: 'region',
    code: '11',
    annee: 2024,
    attendu: null,
    constate: null,
    message,
  });

  it('names every control in French, with its accents: a control added without its label fails here', async () => {
    expect(controlLabel('evolution')).toBe('Évolution');
    expect(controlLabel('remuneration_sans_patientele')).toBe('Rémunération sans patientèle');
    const files = await readdir(path.resolve(import.meta.dirname, '../../pipeline/controls'));
    const controls = files.filter((file) => file.endsWith('.sql')).map((file) => path.basename(file, '.sql'));
    expect(controls.filter((name) => !(name in CONTROL_LABELS))).toEqual([]);
  });

  it('spells out the keys of an evolution line (« (CDS / 2) » is a code)', () => {
    expect(controlMessage(line('evolution', 'remunerations_groupes', 'Structures (CDS / 2) : 0 en 2024 contre 16 en 2023 (−100,0 %)'))).toBe(
      'Structures (CDS, groupe 2) : 0 en 2024 contre 16 en 2023 (−100,0 %)',
    );
    expect(controlMessage(line('evolution', 'cds_effectifs', 'ETP (polyvalent_medical / chirurgien_dentiste) : 12,1 en 2024 contre 4,5 en 2023'))).toBe(
      'ETP (centres polyvalents et médicaux, chirurgiens-dentistes) : 12,1 en 2024 contre 4,5 en 2023',
    );
    expect(controlMessage(line('evolution', 'depistage', 'Taux de participation (col_uterus) : 59,6 % en 2023'))).toBe(
      'Taux de participation (cancer du col de l’utérus) : 59,6 % en 2023',
    );
  });

  it('reads a remuneration indicator by its label wherever a line names it', () => {
    const row = line(
      'prerequis_indicateurs',
      'indicateurs',
      'CDS CDS1 2023 : prérequis atteints selon remunerations.csv, mais cds_accessibilite non atteint(s)',
    );
    expect(controlMessage(row, (code) => (code === 'cds_accessibilite' ? 'Accessibilité' : undefined))).toBe(
      'CDS CDS1 2023 : prérequis atteints selon remunerations.csv, mais « Accessibilité » non atteint(s)',
    );
  });
});
