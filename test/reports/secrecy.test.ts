import { describe, expect, it } from 'vitest';
import { auditMasks, maskTable, recoverableCells, secrecyNote } from '../../core';
import type { Row } from '../../core/published/published-tables';

// The test states the published equations itself (not from the module under test) and, for every
// masked cell, searches for another table that shows exactly the same figures and satisfies every
// equation but differs in that cell: if one exists, nothing shown can pin the masked value down.

interface Equation {
  readonly total: [number, string];
  readonly parts: readonly [number, string][];
}

function equations(rows: readonly Row[], additive: readonly string[], rowSums: readonly string[][]): Equation[] {
  const region = rows.findIndex((row) => row.niveau === 'region');
  const departments = rows.flatMap((row, index) => (row.niveau === 'departement' ? [index] : []));
  const list: Equation[] = additive.map((column) => ({
    total: [region, column],
    parts: departments.map((index) => [index, column] as [number, string]),
  }));
  rows.forEach((_, index) => {
    for (const [total, ...parts] of rowSums) {
      list.push({ total: [index, total!], parts: parts.map((part) => [index, part] as [number, string]) });
    }
  });
  return list;
}

function holds(rows: readonly Row[], equation: Equation): boolean {
  const at = ([row, column]: [number, string]) => rows[row]![column] as number;
  const sum = equation.parts.reduce((acc, part) => acc + at(part), 0);
  return Math.abs(at(equation.total) - sum) < 1e-6;
}

/** Another table agreeing on every shown cell and every equation, differing at `target`; or null. */
function alternativeTable(rows: readonly Row[], masks: readonly ReadonlySet<string>[], list: readonly Equation[], target: string): Row[] | null {
  const inEquations = new Set(list.flatMap((eq) => [eq.total, ...eq.parts].map(([r, c]) => `${r}:${c}`)));
  const unknowns = [...inEquations].filter((key) => {
    const [row, column] = key.split(':');
    return masks[Number(row)]!.has(column!);
  });
  const targetIndex = unknowns.indexOf(target);
  if (targetIndex < 0) return null;
  const shift = new Array<number>(unknowns.length).fill(0);
  const apply = (): Row[] =>
    rows.map((row, index) => {
      const copy = { ...row };
      unknowns.forEach((key, k) => {
        const [r, column] = key.split(':');
        if (Number(r) === index) copy[column!] = (row[column!] as number) + shift[k]!;
      });
      return copy;
    });
  // Depth-first over shifts of −1, 0, +1 per unknown: the tables here hold a dozen masked cells.
  const search = (k: number): Row[] | null => {
    if (k === unknowns.length) {
      if (shift[targetIndex] === 0) return null;
      const candidate = apply();
      return list.every((eq) => holds(candidate, eq)) ? candidate : null;
    }
    for (const delta of k === targetIndex ? [1, -1] : [0, 1, -1]) {
      shift[k] = delta;
      const found = search(k + 1);
      if (found) return found;
    }
    shift[k] = 0;
    return null;
  };
  return search(0);
}

function patienteleRow(code: string, nb: number, mt: number, enfants: number, fileActive: number): Row {
  return {
    niveau: code.length === 2 && code !== '11' ? 'departement' : 'region',
    code,
    annee: 2023,
    type_structure: 'MSP',
    nb_structures: nb,
    patientele_mt_somme: mt,
    patientele_mt_moyenne: mt / nb,
    enfants_0_16_somme: enfants,
    enfants_0_16_moyenne: enfants / nb,
    patientele_reference_somme: mt + enfants,
    patientele_reference_moyenne: (mt + enfants) / nb,
    file_active_somme: fileActive,
    file_active_moyenne: fileActive / nb,
  };
}

function withRegionTotal(departments: Row[], columns: readonly string[], base: (sum: Row) => Row): Row[] {
  const sum: Row = {};
  for (const column of columns) sum[column] = departments.reduce((acc, row) => acc + (row[column] as number), 0);
  return [...departments, base(sum)];
}

const PATIENTELE_SUMS = ['nb_structures', 'patientele_mt_somme', 'enfants_0_16_somme', 'file_active_somme'];

function smallPatienteleTable(): Row[] {
  const departments = [
    patienteleRow('75', 36, 174802, 22673, 309433),
    patienteleRow('77', 2, 9120, 1488, 13402), // two MSP only: every figure stands on them
    patienteleRow('78', 13, 87326, 16973, 119711),
    patienteleRow('91', 29, 157544, 35409, 231302),
    patienteleRow('92', 6, 28668, 3, 41647), // 3 children only: a patient count under the threshold
  ];
  return withRegionTotal(departments, PATIENTELE_SUMS, (sum) =>
    patienteleRow('11', sum.nb_structures as number, sum.patientele_mt_somme as number, sum.enfants_0_16_somme as number, sum.file_active_somme as number),
  );
}

const PATIENTELE_EQUATIONS = (rows: Row[]) =>
  equations(
    rows,
    ['patientele_mt_somme', 'enfants_0_16_somme', 'patientele_reference_somme', 'file_active_somme'],
    [['patientele_reference_somme', 'patientele_mt_somme', 'enfants_0_16_somme']],
  );

function expectNoMaskedValueRecoverable(rows: Row[], masks: readonly ReadonlySet<string>[], list: Equation[]) {
  // Every equation that holds a masked cell holds at least two: one alone would be its difference.
  for (const eq of list) {
    const cells = [eq.total, ...eq.parts];
    const maskedCount = cells.filter(([row, column]) => masks[row]!.has(column)).length;
    expect(maskedCount === 0 || maskedCount >= 2, `${eq.total[1]} row ${eq.total[0]}: ${maskedCount} masked`).toBe(true);
  }
  // And no combination of equations isolates one: each masked cell has a different admissible value.
  const shown = (table: Row[]) => table.map((row, index) => Object.fromEntries(Object.entries(row).filter(([column]) => !masks[index]!.has(column))));
  let checked = 0;
  masks.forEach((columns, row) => {
    for (const column of columns) {
      const key = `${row}:${column}`;
      const inEquation = list.some((eq) => [eq.total, ...eq.parts].some(([r, c]) => r === row && c === column));
      if (!inEquation) continue;
      const other = alternativeTable(rows, masks, list, key);
      expect(other, `masked ${column} of row ${row} is recoverable`).not.toBeNull();
      expect(shown(other!)).toEqual(shown(rows));
      expect(other![row]![column]).not.toBe(rows[row]![column]);
      checked++;
    }
  });
  return checked;
}

describe('maskTable(patientele, rows, 5)', () => {
  const rows = smallPatienteleTable();
  const masks = maskTable('patientele', rows, 5);

  it('masks every figure of a department standing on fewer than 5 MSP, but shows its MSP count', () => {
    expect([...masks[1]!].sort()).toEqual(
      [
        'enfants_0_16_moyenne',
        'enfants_0_16_somme',
        'file_active_moyenne',
        'file_active_somme',
        'patientele_mt_moyenne',
        'patientele_mt_somme',
        'patientele_reference_moyenne',
        'patientele_reference_somme',
      ].sort(),
    );
    expect(masks[1]!.has('nb_structures')).toBe(false);
  });

  it('masks a count of fewer than 5 patients with its mean', () => {
    expect(masks[4]!.has('enfants_0_16_somme')).toBe(true);
    expect(masks[4]!.has('enfants_0_16_moyenne')).toBe(true);
  });

  it('keeps the region total row shown', () => {
    expect(masks[5]!.size).toBe(0);
  });

  it('adds secondary cells so that no masked value can be recomputed from the totals or its row', () => {
    const total = [...masks].reduce((acc, set) => acc + set.size, 0);
    expect(total).toBeGreaterThan(8 + 2); // more than the primary cells: secondary suppression happened
    const checked = expectNoMaskedValueRecoverable(rows, masks, PATIENTELE_EQUATIONS(rows));
    expect(checked).toBeGreaterThanOrEqual(6);
  });

  it('masks a mean exactly when its sum is masked (the count is shown, so one gives the other away)', () => {
    for (const set of masks) {
      for (const measure of ['patientele_mt', 'enfants_0_16', 'patientele_reference', 'file_active']) {
        expect(set.has(`${measure}_moyenne`)).toBe(set.has(`${measure}_somme`));
      }
    }
  });
});

describe('maskTable(remunerations, rows, 5)', () => {
  const row = (code: string, nb: number, avance: number, solde: number, min: number, max: number): Row => ({
    niveau: code === '11' ? 'region' : 'departement',
    code,
    annee: 2023,
    type_structure: 'MSP',
    nb_remunerees: nb,
    montant_total: avance + solde,
    avance,
    solde,
    moyenne: (avance + solde) / nb,
    moyenne_annee_complete: (avance + solde) / nb,
    minimum: min,
    maximum: max,
    nb_prerequis_non_atteints: 0,
  });
  const departments = [
    row('75', 36, 1174960, 1477881.24, 10871.54, 157935.52),
    row('77', 1, 40000, 21234.5, 61234.5, 61234.5), // one paid MSP: its amount would be public
    row('91', 28, 1066944.96, 1449599.93, 11785.18, 155259.45),
    row('93', 22, 664950.86, 878430.63, 36166.14, 194816.09),
  ];
  const rows = withRegionTotal(departments, ['nb_remunerees', 'avance', 'solde'], (sum) =>
    row('11', sum.nb_remunerees as number, sum.avance as number, sum.solde as number, 10871.54, 194816.09),
  );
  const masks = maskTable('remunerations', rows, 5);

  it('masks every amount of a department with a single paid MSP, minimum and maximum included', () => {
    for (const column of ['montant_total', 'avance', 'solde', 'moyenne', 'moyenne_annee_complete', 'minimum', 'maximum']) {
      expect(masks[1]!.has(column), column).toBe(true);
    }
  });

  it('never shows a full-year mean to partners: mean × a public count would give a masked total back (issue 7)', () => {
    for (const [index, row] of rows.entries()) expect(masks[index]!.has('moyenne_annee_complete'), String(row.code)).toBe(true);
    // A masked total keeps its mean masked too, so the count shown beside it reveals nothing.
    rows.forEach((_, index) => {
      if (masks[index]!.has('montant_total')) expect(masks[index]!.has('moyenne')).toBe(true);
    });
  });

  it('masks the region minimum and maximum, which could be the masked department’s', () => {
    expect(masks[4]!.has('minimum')).toBe(true);
    expect(masks[4]!.has('maximum')).toBe(true);
    expect(masks[4]!.has('montant_total')).toBe(false);
  });

  it('leaves no masked amount recoverable from the totals or from total = advance + balance', () => {
    const list = equations(rows, ['montant_total', 'avance', 'solde'], [['montant_total', 'avance', 'solde']]);
    expect(expectNoMaskedValueRecoverable(rows, masks, list)).toBeGreaterThanOrEqual(6);
  });
});

describe('maskTable(professionnels, rows, 5)', () => {
  it('hides a count of professionals from fewer than 5 MSP, and one more department to protect it', () => {
    const row = (niveau: string, code: string, nb: number, avec: number): Row => ({
      niveau,
      code,
      annee: 2023,
      type_structure: 'MSP',
      profession: 'sage_femme',
      nb_professionnels: nb,
      nb_structures_avec: avec,
      pct_structures_avec: 50,
      moyenne_par_structure: nb / (avec * 2),
      moyenne_par_structure_presente: nb / avec,
    });
    const rows = [row('departement', '75', 20, 10), row('departement', '77', 3, 2), row('departement', '78', 9, 6), row('region', '11', 32, 18)];
    const masks = maskTable('professionnels', rows, 5);
    expect([...masks[1]!].sort()).toEqual(['moyenne_par_structure', 'moyenne_par_structure_presente', 'nb_professionnels']);
    expect(masks.filter((set) => set.has('nb_professionnels'))).toHaveLength(2);
    expect(masks[3]!.size).toBe(0);
    expectNoMaskedValueRecoverable(rows, masks, equations(rows, ['nb_professionnels'], []));
  });
});

describe('maskTable edge cases', () => {
  it('masks the region total when the region has a single department (the total would be its value)', () => {
    const rows = [patienteleRow('972', 3, 12000, 2000, 15000), { ...patienteleRow('972', 3, 12000, 2000, 15000), niveau: 'region', code: '02' }];
    const masks = maskTable('patientele', rows, 5);
    expect(masks[0]!.has('patientele_mt_somme')).toBe(true);
    expect(masks[1]!.has('patientele_mt_somme')).toBe(true);
  });

  it('masks nothing without a threshold, or for tables of public counts', () => {
    const rows = smallPatienteleTable();
    expect(maskTable('patientele', rows, 1).every((set) => set.size === 0)).toBe(true);
    const cds: Row[] = [{ niveau: 'departement', code: '75', nb_dentaire: 1, nb_infirmier: 0, nb_medical: 2, nb_polyvalent: 0, nb_total: 3 }];
    expect(maskTable('cds', cds, 5)[0]!.size).toBe(0);
  });

  it('does not mask shown figures of a fully safe table', () => {
    const rows = smallPatienteleTable().filter((row) => row.code !== '77' && row.code !== '92');
    expect(maskTable('patientele', rows, 5).every((set) => set.size === 0)).toBe(true);
  });
});

describe('recoverableCells(relations, masked)', () => {
  const total = {
    terms: [
      { cell: 't', coef: 1 },
      { cell: 'a', coef: -1 },
      { cell: 'b', coef: -1 },
      { cell: 'c', coef: -1 },
    ],
  };
  it('finds a cell masked alone in a sum', () => {
    expect(recoverableCells([total], new Set(['a']))).toEqual(['a']);
  });
  it('finds none when two cells of the sum are masked', () => {
    expect(recoverableCells([total], new Set(['a', 'b']))).toEqual([]);
  });
  it('sees through a combination of equations (a cell pinned by a row and a column together)', () => {
    // a + b = T1 (row) and a + c = T2 (column) and b = T3 − d with d shown: a = T1 − b is determined.
    const row = {
      terms: [
        { cell: 'T1', coef: 1 },
        { cell: 'a', coef: -1 },
        { cell: 'b', coef: -1 },
      ],
    };
    const column = {
      terms: [
        { cell: 'T2', coef: 1 },
        { cell: 'a', coef: -1 },
        { cell: 'c', coef: -1 },
      ],
    };
    const other = {
      terms: [
        { cell: 'T3', coef: 1 },
        { cell: 'b', coef: -1 },
        { cell: 'd', coef: -1 },
      ],
    };
    expect(recoverableCells([row, column, other], new Set(['a', 'b', 'c'])).sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('secrecyNote(table, threshold)', () => {
  it('states the rule applied, in French, for every table', () => {
    expect(secrecyNote('patientele', 11)).toContain('1 à 10 structures ou comptant 1 à 10 patients');
    expect(secrecyNote('patientele', 11)).toContain('valeur nulle comprise');
    expect(secrecyNote('patientele', 11)).toContain('de part et d’autre');
    expect(secrecyNote('remunerations', 5)).toContain('le minimum et le maximum, montants d’une seule structure, ne sont jamais publiés');
    expect(secrecyNote('cds', 5)).toBe('Secret statistique (seuil 5) : dénombrements de centres, publics, non masqués.');
    expect(secrecyNote('depistage', undefined)).toBe('Diffusion interne : aucun secret statistique appliqué.');
  });
});

describe('secrecy of contract version 2', () => {
  it('treats the medecin and ensemble professions as sums of the other rows: a masked profession is not their difference', () => {
    // 3 structures with a psychologist (masked at threshold 5): with "ensemble" shown beside the
    // other professions, the psychologists would be ensemble − the others; one more cell must go.
    const row = (profession: string, nb: number, avec: number): Row => ({
      niveau: 'departement',
      code: '75',
      annee: 2023,
      type_structure: 'MSP',
      profession,
      nb_professionnels: nb,
      nb_structures_avec: avec,
      pct_structures_avec: (100 * avec) / 20,
      moyenne_par_structure: nb / 20,
      moyenne_par_structure_presente: nb / avec,
    });
    const rows = [row('medecin_generaliste', 60, 20), row('psychologue', 4, 3), row('medecin', 60, 20), row('ensemble', 64, 20)];
    const masks = maskTable('professionnels', rows, 5);
    expect([...masks[1]!].sort()).toEqual(['moyenne_par_structure', 'moyenne_par_structure_presente', 'nb_professionnels']);
    // ensemble = généralistes + psychologues: one of the other two is masked as well…
    expect(masks[0]!.has('nb_professionnels') || masks[3]!.has('nb_professionnels')).toBe(true);
    // …and medecin = généralistes: both or neither.
    expect(masks[0]!.has('nb_professionnels')).toBe(masks[2]!.has('nb_professionnels'));
    expect(() => auditMasks('professionnels', rows, masks, 5)).not.toThrow();
    // Everything shown but the psychologists: ensemble − généralistes gives them away.
    const shown = masks.map((set, index) => (index === 1 ? new Set(set) : new Set<string>()));
    expect(() => auditMasks('professionnels', rows, shown, 5)).toThrow(/sychologue/);
    expect(secrecyNote('professionnels', 5)).toContain('des sous-totaux');
  });

  it('masks a centre remuneration’s trop-perçu, whose number of centres is published nowhere, unless nil', () => {
    const row = (tropPercu: number): Row => ({
      niveau: 'region',
      code: '11',
      annee: 2023,
      categorie: 'dentaire',
      nb_centres: 418,
      nb_remunerees: 368,
      montant_total: 9811338.6,
      avance: 4000000,
      solde: 5811338.6,
      trop_percu: tropPercu,
      moyenne: 9811338.6 / 368,
      nb_prerequis_non_atteints: 50,
      avance_a_rembourser: 0,
    });
    expect([...maskTable('cds_remunerations', [row(1200)], 5)[0]!]).toEqual(['trop_percu']);
    expect(maskTable('cds_remunerations', [row(0)], 5)[0]!.size).toBe(0);
    expect(maskTable('cds_remunerations', [row(1200)], 0)[0]!.size).toBe(0);
    expect(secrecyNote('cds_remunerations', 5)).toContain('« trop-perçu », dont le nombre de structures n’est pas publié, est masqué dès qu’il n’est pas nul');
  });
});
