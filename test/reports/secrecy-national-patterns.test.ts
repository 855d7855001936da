// Patterns of the national data (data/generate --scale national) that stopped partner reports of
// most regions with a false finding, and the engine's scale: each case written by hand, small.
import { describe, expect, it } from 'vitest';
import type { Row } from '../../pipeline/publish/published-tables';
import { auditMasks, maskTable, SECRECY_RULES } from '../../reports/secrecy';
import { findExposure } from '../../reports/secrecy/exposure';
import { buildSystem, slices } from '../../reports/secrecy/published-system';
import { recoverableCells } from '../../reports/secrecy/linear-audit';

const indicator = (niveau: string, code: string, name: string, structures: number, reached: number, montant: number, total: number): Row => ({
  niveau, code, annee: 2023, type_structure: 'MSP', categorie: 'ensemble', indicateur: name, axe: 'Accès aux soins', libelle: name,
  nb_structures: structures, nb_atteint: reached, pct_atteint: (100 * reached) / structures, montant, poids_pct: (100 * montant) / total,
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
    for (const index of [0, 1, 2]) for (const column of ['nb_atteint', 'pct_atteint', 'montant', 'poids_pct']) expect(masks[index]!.has(column), `${index}:${column}`).toBe(true);
    expect(() => auditMasks('indicateurs', rows, masks, 11)).not.toThrow();
    const system = buildSystem('indicateurs', SECRECY_RULES.indicateurs!, rows, slices('indicateurs', SECRECY_RULES.indicateurs!, rows)[0]!, 11);
    expect(system.constraints.filter((constraint) => constraint.terms.length === 1 && constraint.sense === 'eq')).toEqual([]);
  });
});

describe('a figure no structure stands behind', () => {
  it('is public (nil): the last-resort pattern may leave it pinned, the audit does not call that a disclosure', () => {
    // Martinique: one department, no IPA in any MSP (no department row), the region row says 0.
    const row = (niveau: string, code: string, profession: string, nb: number, avec: number): Row => ({
      niveau, code, annee: 2023, type_structure: 'MSP', profession, nb_professionnels: nb, nb_structures_avec: avec,
      pct_structures_avec: (100 * avec) / 12, moyenne_par_structure: nb / 12, moyenne_par_structure_presente: avec > 0 ? nb / avec : null,
    });
    const rows = [
      row('departement', '972', 'medecin_generaliste', 30, 12), row('departement', '972', 'sage_femme', 2, 2), row('departement', '972', 'ensemble', 32, 12),
      row('region', '02', 'medecin_generaliste', 30, 12), row('region', '02', 'sage_femme', 2, 2), row('region', '02', 'ipa', 0, 0), row('region', '02', 'ensemble', 32, 12),
    ];
    const rule = SECRECY_RULES.professionnels!;
    for (const slice of slices('professionnels', rule, rows)) {
      const system = buildSystem('professionnels', rule, rows, slice, 11);
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
