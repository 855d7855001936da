// Patterns of the national data (data/generate --scale national) that stopped partner reports of
// most regions with a false finding, and the engine's scale: each case written by hand, small.
import { describe, expect, it } from 'vitest';
import { auditMasks, maskTable } from '../../core';
import type { Row } from '../../core/published/published-tables';
import { findExposure } from '../../core/secrecy/exposure';
import { recoverableCells } from '../../core/secrecy/linear-audit';
import type { PublishedSystem, SystemCell } from '../../core/secrecy/published-system';
import { releaseRows } from '../../core/secrecy/release-rows';
import { chooseSecondary, suppressCells } from '../../core/secrecy/suppress';
import { tableSystems } from './helpers/secrecy-systems';

const indicator = (niveau: string, code: string, name: string, structures: number, reached: number, montant: number, total: number): Row => ({
  niveau,
  code,
  annee: 2023,
  type_structure: 'MSP',
  categorie: 'ensemble',
  indicateur: name,
  axe: 'Accès aux soins',
  libelle: name,
  nb_structures: structures,
  nb_atteint: reached,
  pct_atteint: (100 * reached) / structures,
  montant,
  poids_pct: (100 * montant) / total,
});

describe('MSP indicators, which have no category: « ensemble » is no sum of parts', () => {
  // Corse-du-Sud: 3 MSP, none reaching the first indicator; Haute-Corse: 20 MSP.
  const amounts: Record<'2A' | '2B', number[]> = { '2A': [0, 9000, 12000], '2B': [60000, 70000, 80000] };
  const total = (code: '2A' | '2B') => amounts[code].reduce((a, b) => a + b, 0);
  const rows: Row[] = [
    indicator('departement', '2A', 'i1', 3, 0, 0, total('2A')),
    indicator('departement', '2A', 'i2', 3, 2, 9000, total('2A')),
    indicator('departement', '2A', 'i3', 3, 3, 12000, total('2A')),
    indicator('departement', '2B', 'i1', 20, 15, 60000, total('2B')),
    indicator('departement', '2B', 'i2', 20, 18, 70000, total('2B')),
    indicator('departement', '2B', 'i3', 20, 19, 80000, total('2B')),
    indicator('region', '94', 'i1', 23, 15, 60000, total('2A') + total('2B')),
    indicator('region', '94', 'i2', 23, 20, 79000, total('2A') + total('2B')),
    indicator('region', '94', 'i3', 23, 22, 92000, total('2A') + total('2B')),
  ];

  it('masks the small department’s figures, nil count included, without taking « 0 » as a published equation', () => {
    // Before: « ensemble = Σ (no category) » was written as « nb_atteint = 0 » for the nil count,
    // which pinned it and made maskTable throw a SecrecyBreach for the whole table.
    const masks = maskTable('indicateurs', rows, 11);
    for (const index of [0, 1, 2])
      for (const column of ['nb_atteint', 'pct_atteint', 'montant', 'poids_pct']) expect(masks[index]!.has(column), `${index}:${column}`).toBe(true);
    expect(() => auditMasks('indicateurs', rows, masks, 11)).not.toThrow();
    const system = tableSystems('indicateurs', rows, 11).systems[0]!;
    expect(system.constraints.filter((constraint) => constraint.terms.length === 1 && constraint.sense === 'eq')).toEqual([]);
  });
});

describe('a figure no structure stands behind', () => {
  it('is public (nil): the last-resort pattern may leave it pinned, the audit does not call that a disclosure', () => {
    // Martinique: one department, no IPA in any MSP (no department row), the region row says 0.
    const row = (niveau: string, code: string, profession: string, nb: number, avec: number): Row => ({
      niveau,
      code,
      annee: 2023,
      type_structure: 'MSP',
      profession,
      nb_professionnels: nb,
      nb_structures_avec: avec,
      pct_structures_avec: (100 * avec) / 12,
      moyenne_par_structure: nb / 12,
      moyenne_par_structure_presente: avec > 0 ? nb / avec : null,
    });
    const rows = [
      row('departement', '972', 'medecin_generaliste', 30, 12),
      row('departement', '972', 'sage_femme', 2, 2),
      row('departement', '972', 'ensemble', 32, 12),
      row('region', '02', 'medecin_generaliste', 30, 12),
      row('region', '02', 'sage_femme', 2, 2),
      row('region', '02', 'ipa', 0, 0),
      row('region', '02', 'ensemble', 32, 12),
    ];
    for (const system of tableSystems('professionnels', rows, 11).systems) {
      // Every figure masked, the nil IPA row included: « region = Σ departments » pins it to 0.
      expect(findExposure(system, new Set(system.cells.keys()))).toBeUndefined();
    }
    const masks = maskTable('professionnels', rows, 11);
    expect(masks[5]!.has('nb_professionnels')).toBe(false);
    expect(masks[1]!.has('nb_professionnels')).toBe(true);
    expect(() => auditMasks('professionnels', rows, masks, 11)).not.toThrow();
  });
});

describe('recoverableCells on a national-sized system (sparse elimination)', () => {
  it('finds exactly the cells a chain of totals pins, among 20 000 unknowns', () => {
    // 2 000 areas of 10 cells each with a shown total: an area with one masked cell gives it away,
    // an area with two does not. Dense elimination held a 2 000 × 20 000 matrix here.
    const relations = [];
    const masked = new Set<string>();
    for (let area = 0; area < 2000; area++) {
      const cells = Array.from({ length: 10 }, (_, k) => `${area}:${k}`);
      relations.push({ terms: [{ cell: `total:${area}`, coef: 1 }, ...cells.map((cell) => ({ cell, coef: -1 }))] });
      masked.add(cells[0]!);
      if (area % 2 === 1) masked.add(cells[1]!);
    }
    const pinned = recoverableCells(relations, masked);
    expect(pinned).toHaveLength(1000);
    expect(pinned.every((cell) => Number(cell.split(':')[0]) % 2 === 0 && cell.endsWith(':0'))).toBe(true);
  });
});

describe('the five remuneration groups beside the remuneration tables', () => {
  it('hides enough groups that « paid = groups 1 to 3 » and « prerequisites missed = groups 4 and 5 » give none back', () => {
    // An adversarial reader found 44 masked groups of the sample this way (paid MSP shown in the
    // remuneration table, « prérequis non atteints » too).
    const row = (niveau: string, code: string, groupe: string, nb: number, total: number): Row => ({
      niveau,
      code,
      annee: 2023,
      type_structure: 'MSP',
      groupe,
      libelle: groupe,
      nb_structures: nb,
      pct_structures: (100 * nb) / total,
    });
    const groups = { '75': [171, 0, 5, 6, 0], '77': [20, 0, 0, 1, 0], '78': [9, 0, 0, 1, 0] } as Record<string, number[]>;
    const rows: Row[] = [];
    const region = [0, 0, 0, 0, 0];
    for (const [code, counts] of Object.entries(groups)) {
      const total = counts.reduce((a, b) => a + b, 0);
      counts.forEach((nb, g) => {
        rows.push(row('departement', code, String(g + 1), nb, total));
        region[g]! += nb;
      });
    }
    const regionTotal = region.reduce((a, b) => a + b, 0);
    for (const [g, nb] of region.entries()) rows.push(row('region', '11', String(g + 1), nb, regionTotal));
    const masks = maskTable('remunerations_groupes', rows, 11);
    const masked = new Set(masks.flatMap((set, index) => (set.has('nb_structures') ? [`${index}`] : [])));
    expect(masked.size).toBeGreaterThan(0);
    // The reader's equations, written here: per area, paid, missed and all structures are public.
    const relations = [];
    for (let area = 0; area < 4; area++) {
      const cell = (g: number) => ({ cell: `${area * 5 + g}`, coef: 1 });
      relations.push({ terms: [cell(0), cell(1), cell(2), { cell: `paid:${area}`, coef: -1 }] });
      relations.push({ terms: [cell(3), cell(4), { cell: `missed:${area}`, coef: -1 }] });
    }
    for (let g = 0; g < 5; g++)
      relations.push({ terms: [{ cell: `${15 + g}`, coef: 1 }, ...[0, 1, 2].map((area) => ({ cell: `${area * 5 + g}`, coef: -1 }))] });
    expect(recoverableCells(relations, masked)).toEqual([]);
  });
});

describe('CDS staff: a full-time equivalent is at most one person', () => {
  it('is a bound of the published system (ETP ≤ effectif on every row)', () => {
    const row: Row = { niveau: 'departement', code: '75', annee: 2023, categorie: 'dentaire', profession: 'infirmier', nb_centres: 3, effectif: 9, etp: 5.5 };
    const system = tableSystems('cds_effectifs', [row], 11).systems[0]!;
    expect(
      system.constraints.some(
        (constraint) => constraint.sense === 'le' && constraint.terms.map((term) => `${term.coef}·${term.cell}`).join(' ') === '1·0:etp -1·0:effectif',
      ),
    ).toBe(true);
  });
});

describe('a total just under the structures it counts', () => {
  // France = Σ three regions, counts of MSP reaching an indicator. Corse's 5 of 8 is masked (a
  // primary cell); Provence's 95 of 100 is at 95 %: masked, it would have to reach 100 exactly
  // (its +10 % is past its ceiling), which only masking every shown count under its own ceiling
  // allows. On national data such partners made the France pass mask the whole slice of MSP
  // indicators.
  const count = (row: number, value: number, ceiling: number): SystemCell => ({
    key: `${row}:nb_atteint`,
    row,
    column: 'nb_atteint',
    value,
    total: true,
    maskable: true,
    signed: false,
    integer: true,
    floor: 0,
    ceiling,
  });
  const cells = [count(0, 250, 308), count(1, 5, 8), count(2, 95, 100), count(3, 150, 200)];
  const system: PublishedSystem = {
    release: releaseRows({}),
    cells: new Map(cells.map((cell) => [cell.key, cell])),
    constraints: [
      {
        terms: [{ cell: '0:nb_atteint', coef: 1 }, ...cells.slice(1).map((cell) => ({ cell: cell.key, coef: -1 }))],
        constant: 0,
        sense: 'eq',
        figures: [],
      },
      ...cells.map((cell) => ({ terms: [{ cell: cell.key, coef: 1 }], constant: -cell.ceiling, sense: 'le' as const, figures: [] })),
    ],
    links: [],
    primary: new Map([['1:nb_atteint', 'calculée sur 8 structures']]),
    scale: 308,
  };

  it('is not chosen in the France pass to protect another while a total with room is left', () => {
    const masked = new Set(['1:nb_atteint']);
    const exposure = findExposure(system, masked)!;
    expect(exposure.cell).toBe('1:nb_atteint');
    // Region by region a total's ceiling costs a region's departments at most: the smallest first.
    expect(chooseSecondary(exposure, system, masked, false)).toBe('2:nb_atteint');
    expect(chooseSecondary(exposure, system, masked, true)).toBe('3:nb_atteint');
    const found = suppressCells(system, { near: new Set(['0:nb_atteint']) });
    expect(found.unprotected).toBeUndefined();
    expect(found.masked.has('2:nb_atteint'), 'Provence, 95 of 100').toBe(false);
    expect(findExposure(system, found.masked)).toBeUndefined();
  });
});

describe('a nil pinned two relations away', () => {
  // A department's nil count (a primary cell) in its region's total, itself in a shown nil total;
  // elsewhere in the slice, two masked counts under a shown total of 2. Every cell of the nil's own
  // relation is masked already: on national data (CDS indicators of Île-de-France) the search then
  // took a total of another indicator, 44 passes in a row.
  const cell = (row: number, column: string, value: number, total: boolean, ceiling: number): SystemCell => ({
    key: `${row}:${column}`,
    row,
    column,
    value,
    total,
    maskable: true,
    signed: false,
    integer: true,
    floor: 0,
    ceiling,
  });
  const cells = [
    cell(0, 'nb', 0, false, 6),
    cell(1, 'nb', 0, false, 6),
    cell(2, 'nb', 0, true, 12),
    cell(3, 'nb', 0, false, 8),
    cell(4, 'nb', 0, true, 20),
    cell(5, 'a', 1, false, 4),
    cell(5, 'b', 2, true, 9),
    cell(6, 'nb', 1, false, 4),
  ];
  const sum = (total: string, parts: string[]) => ({
    terms: [{ cell: total, coef: 1 }, ...parts.map((part) => ({ cell: part, coef: -1 }))],
    constant: 0,
    sense: 'eq' as const,
    figures: [],
  });
  const system: PublishedSystem = {
    release: releaseRows({}),
    cells: new Map(cells.map((one) => [one.key, one])),
    constraints: [
      sum('2:nb', ['0:nb', '1:nb']),
      sum('4:nb', ['2:nb', '3:nb']),
      sum('5:b', ['5:a', '6:nb']),
      ...cells.map((one) => ({ terms: [{ cell: one.key, coef: 1 }], constant: -one.ceiling, sense: 'le' as const, figures: [] })),
    ],
    links: [],
    primary: new Map([['0:nb', 'calculée sur 6 structures']]),
    scale: 20,
  };

  it('takes its partner in the nearest relation that has one, which frees it', () => {
    const masked = new Set(['0:nb', '1:nb', '2:nb', '3:nb', '5:a', '6:nb']);
    const exposure = findExposure(system, masked)!;
    expect(exposure.cell).toBe('0:nb');
    const partner = chooseSecondary(exposure, system, masked, false);
    expect(partner).toBe('4:nb');
    expect(findExposure(system, new Set([...masked, partner!]))).toBeUndefined();
    // The far total (the partner before, from any relation holding a masked cell) frees nothing.
    expect(findExposure(system, new Set([...masked, '5:b']))?.cell).toBe('0:nb');
  });
});
