import { describe, expect, it } from 'vitest';
import type { TableName } from '../../core';
import { auditMasks, departementsOf, maskTable, NONE, REGIONS, SecrecyBreach, type SecrecyRule, type TableMasks } from '../../core';
import type { Row } from '../../core/published/published-tables';
import { findExposure } from '../../core/secrecy/exposure';
import { minimize } from '../../core/secrecy/simplex';
import { suppressCells } from '../../core/secrecy/suppress';
import { plainSpaces } from './helpers/report-run';
import { patienteleRows, professionnelsRows, READER, readerRecovers, remunerationsRows, type Structure, seededRandom } from './helpers/secrecy-fixtures';
import { tableSystems } from './helpers/secrecy-systems';

// Issue 7: with --secret 11, a region where one department has a single paid MSP and its
// neighbour twelve. The neighbour's full-year mean × its count gave its masked total, and the
// region total minus that gave the single MSP's remuneration (34 023,49 €).

const SINGLE = 34023.49;
const NEIGHBOUR = [45210.5, 52100, 61000.25, 38950, 70500.75, 49999.99, 55500, 63400.1, 41200, 58800.4, 47300, 66000];
const structure = (departement: string, montant: number, extra: Partial<Structure> = {}): Structure => ({
  departement,
  montant,
  avance: Math.round(montant * 40) / 100,
  fullYear: true,
  patienteleMt: 4000,
  enfants: 900,
  fileActive: 6000,
  professionnels: { medecin_generaliste: 3 },
  ...extra,
});
const issueStructures = [structure('2A', SINGLE), ...NEIGHBOUR.map((montant) => structure('2B', montant))];
const issueRows = remunerationsRows('94', issueStructures);
const copyMasks = (masks: TableMasks) => masks.map((set) => new Set(set));
const SLICE = ['annee', 'type_structure'];

function expectBreach(run: () => void): SecrecyBreach {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SecrecyBreach);
    return error as SecrecyBreach;
  }
  throw new Error('the audit let a disclosed figure through');
}

describe('issue 7: one paid MSP in Corse-du-Sud, twelve in Haute-Corse, --secret 11', () => {
  const masks = maskTable('remunerations', issueRows, 11);

  it('masks every figure of the single MSP, minimum and maximum included, and the region’s extremes', () => {
    for (const column of ['montant_total', 'avance', 'solde', 'moyenne', 'moyenne_annee_complete', 'minimum', 'maximum']) {
      expect(masks[0]!.has(column), column).toBe(true);
    }
    // Extremes are never published to partners, on any row.
    expect(masks[2]!.has('minimum') && masks[2]!.has('maximum')).toBe(true);
  });

  it('leaves no masked value a reader can recompute from totals, means, full-year means and counts', () => {
    expect(() => auditMasks('remunerations', issueRows, masks, 11)).not.toThrow();
    expect(readerRecovers(issueRows, masks, READER.remunerations, SLICE)).toEqual([]);
    // The neighbour's total is masked, so every published figure that would give it back is too.
    for (const column of ['montant_total', 'moyenne', 'moyenne_annee_complete']) expect(masks[1]!.has(column), column).toBe(true);
  });

  it('stops on the issue’s pattern: the neighbour’s full-year mean shown gives the single MSP away', () => {
    const leaky = copyMasks(masks);
    leaky[1]!.delete('moyenne_annee_complete');
    // The reader of the issue: full-year mean × 12 gives the neighbour's total (the region's is
    // masked too now: Haute-Corse holds 95 % of it, so shown it would bound the masked total).
    expect(readerRecovers(issueRows, leaky, READER.remunerations, SLICE)).toContain('1:montant_total');
    const breach = expectBreach(() => auditMasks('remunerations', issueRows, leaky, 11));
    expect(breach.table).toBe('remunerations');
    expect(breach.cell.label).toBe('« Moyenne année complète » de Haute-Corse (2B), 2023, MSP');
    expect(breach.message).toContain('« Structures rémunérées » de Haute-Corse (2B), 2023, MSP = 12');
    expect(breach.message).toContain('Aucun fichier n’a été écrit');
  });

  it('treats a mean as an equation on its sum: the neighbour’s mean shown names the figures that reveal the total', () => {
    const leaky = copyMasks(masks);
    leaky[1]!.delete('moyenne');
    const breach = expectBreach(() => auditMasks('remunerations', issueRows, leaky, 11));
    expect(breach.message).toMatch(/peut être recalculée exactement à partir de/);
    expect(breach.revealedBy).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^« Moyenne » de Haute-Corse \(2B\), 2023, MSP = /),
        '« Structures rémunérées » de Haute-Corse (2B), 2023, MSP = 12',
      ]),
    );
  });

  it('refuses a minimum shown for a single structure, and a region extreme shown over a masked one', () => {
    const single = copyMasks(masks);
    single[0]!.delete('minimum');
    expect(expectBreach(() => auditMasks('remunerations', issueRows, single, 11)).message).toContain(
      '« Minimum » de Corse-du-Sud (2A), 2023, MSP est publié alors qu’un minimum ou un maximum est le montant d’une seule structure',
    );
    const region = copyMasks(masks);
    region[2]!.delete('maximum');
    expect(expectBreach(() => auditMasks('remunerations', issueRows, region, 11)).cell.label).toBe('« Maximum » de Corse, 2023, MSP');
  });
});

describe('the ±10 % interval rule', () => {
  it('asks a masked figure to move 10 % both ways: a department holding 95 % of its region cannot move up', () => {
    // The two departments masked, the region shown: Haute-Corse's total lies between 0 and the
    // region's, which is only 5 % above it.
    const masks: TableMasks = [
      new Set(['montant_total', 'avance', 'solde', 'moyenne', 'moyenne_annee_complete', 'minimum', 'maximum']),
      new Set(['montant_total', 'avance', 'solde', 'moyenne', 'moyenne_annee_complete', 'minimum', 'maximum']),
      new Set(['minimum', 'maximum', 'moyenne_annee_complete']),
    ];
    const breach = expectBreach(() => auditMasks('remunerations', issueRows, masks, 11));
    expect(breach.cell.label).toBe('« Montant total » de Haute-Corse (2B), 2023, MSP');
    expect(plainSpaces(breach.message)).toMatch(
      /peut être encadrée entre 0,00 € et 683 985,48 € \(elle doit pouvoir varier d’au moins 10 % dans les deux sens, ou d’une unité si elle est nulle\) à partir de : « Avance » de Corse, 2023, MSP = 273 594,20 € ; « Solde » de Corse, 2023, MSP = 410 391,28 €/,
    );
    // maskTable masks the region's total too.
    const safe = maskTable('remunerations', issueRows, 11);
    expect(safe[2]!.has('montant_total')).toBe(true);
    expect(() => auditMasks('remunerations', issueRows, safe, 11)).not.toThrow();
  });

  it('keeps a masked count of professionals from being bounded by the structures that have the profession', () => {
    const rows: Row[] = [
      {
        niveau: 'departement',
        code: '2A',
        annee: 2023,
        type_structure: 'MSP',
        profession: 'sage_femme',
        nb_professionnels: 3,
        nb_structures_avec: 3,
        pct_structures_avec: 30,
        moyenne_par_structure: 0.3,
        moyenne_par_structure_presente: 1,
      },
      {
        niveau: 'departement',
        code: '2B',
        annee: 2023,
        type_structure: 'MSP',
        profession: 'sage_femme',
        nb_professionnels: 13,
        nb_structures_avec: 12,
        pct_structures_avec: 60,
        moyenne_par_structure: 0.65,
        moyenne_par_structure_presente: 13 / 12,
      },
      {
        niveau: 'region',
        code: '94',
        annee: 2023,
        type_structure: 'MSP',
        profession: 'sage_femme',
        nb_professionnels: 16,
        nb_structures_avec: 15,
        pct_structures_avec: 50,
        moyenne_par_structure: 16 / 30,
        moyenne_par_structure_presente: 16 / 15,
      },
    ];
    // 2A masked, 2B's count masked with it: 2B = 16 − 2A with 2A ≥ 3 and 2B ≥ 12, so 2B is 12 or 13.
    const masks: TableMasks = [
      new Set(['nb_professionnels', 'moyenne_par_structure', 'moyenne_par_structure_presente']),
      new Set(['nb_professionnels', 'moyenne_par_structure', 'moyenne_par_structure_presente']),
      new Set<string>(),
    ];
    expect(expectBreach(() => auditMasks('professionnels', rows, masks, 11)).cell.label).toBe(
      '« Professionnels » de Haute-Corse (2B), 2023, MSP, Sages-femmes',
    );
    const safe = maskTable('professionnels', rows, 11);
    expect(safe[2]!.has('nb_professionnels')).toBe(true); // only the region total can protect it
    expect(() => auditMasks('professionnels', rows, safe, 11)).not.toThrow();
  });
});

describe('property: random small regions, every table the reports mask', () => {
  const random = seededRandom(20260703);
  const regions = REGIONS.filter((region) => departementsOf(region.code).length >= 2);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const professions = ['medecin_generaliste', 'medecin_autre_specialite', 'infirmier', 'sage_femme', 'orthophoniste'];

  function randomRegion(): { region: string; structures: Structure[] } {
    const region = pick(regions);
    const departements = departementsOf(region.code)
      .slice(0, 2 + Math.floor(random() * 3))
      .map((d) => d.code);
    const structures: Structure[] = [];
    for (const departement of departements) {
      // Mostly small departments, where secrecy bites; sometimes none at all.
      const count = random() < 0.5 ? Math.floor(random() * 5) : Math.floor(random() * 25);
      for (let i = 0; i < count; i++) {
        const montant = Math.round((8000 + random() * 150000) * 100) / 100;
        structures.push(
          structure(departement, montant, {
            fullYear: random() < 0.85,
            avance: Math.round(montant * (0.2 + random() * 0.4) * 100) / 100,
            patienteleMt: Math.floor(random() * 8000),
            enfants: random() < 0.2 ? Math.floor(random() * 4) : Math.floor(random() * 1500),
            fileActive: Math.floor(random() * 12000),
            professionnels: Object.fromEntries(professions.filter(() => random() < 0.6).map((p) => [p, 1 + Math.floor(random() * 4)])),
          }),
        );
      }
    }
    if (structures.length === 0) structures.push(structure(departements[0]!, 12345.67));
    return { region: region.code, structures };
  }

  it('finds no masked value recomputable or bounded within ±10 % in 60 regions × 3 tables', () => {
    let masked = 0;
    let tables = 0;
    for (let run = 0; run < 60; run++) {
      const { region, structures } = randomRegion();
      const threshold = pick([5, 11]);
      const built: [TableName, Row[], readonly string[]][] = [
        ['remunerations', remunerationsRows(region, structures), SLICE],
        ['patientele', patienteleRows(region, structures), SLICE],
        ['professionnels', professionnelsRows(region, structures), [...SLICE, 'profession']],
      ];
      for (const [name, rows, sliceBy] of built) {
        const masks = maskTable(name, rows, threshold);
        const where = `run ${run}, ${name}, region ${region}, seuil ${threshold}`;
        expect(() => auditMasks(name, rows, masks, threshold), where).not.toThrow();
        expect(readerRecovers(rows, masks, READER[name as keyof typeof READER], sliceBy), where).toEqual([]);
        masked += masks.reduce((n, set) => n + set.size, 0);
        tables++;
      }
    }
    expect(tables).toBe(180);
    expect(masked).toBeGreaterThan(2000); // the regions do exercise secrecy (3 643 cells with this seed)
  });
});

describe('shares across a key (contract v2 `poids_pct`: an indicator’s weight in its area’s total)', () => {
  // Declared on the professions of a table, as a v2 table would declare it: the share of each
  // profession in the area's professionals. Shown, a share is an equation on the masked counts.
  const rule: SecrecyRule = {
    ...NONE,
    weight: 'nb_structures_avec',
    sums: ['nb_professionnels'],
    shares: [{ share: 'pct_structures_avec', part: 'nb_professionnels', across: 'profession', scale: 100 }],
  };
  const counts: Record<string, Record<string, [number, number]>> = {
    '2A': { infirmier: [40, 14], sage_femme: [5, 2], medecin_generaliste: [60, 15] },
    '2B': { infirmier: [55, 18], sage_femme: [21, 12], medecin_generaliste: [80, 20] },
  };
  const rows: Row[] = [];
  for (const [code, niveau] of [
    ['2A', 'departement'],
    ['2B', 'departement'],
    ['94', 'region'],
  ] as const) {
    const of = (profession: string): [number, number] =>
      niveau === 'region'
        ? [counts['2A']![profession]![0] + counts['2B']![profession]![0], counts['2A']![profession]![1] + counts['2B']![profession]![1]]
        : counts[code]![profession]!;
    const professions = Object.keys(counts['2A']!);
    const total = professions.reduce((acc, p) => acc + of(p)[0], 0);
    for (const profession of professions) {
      const [nb, avec] = of(profession);
      rows.push({
        niveau,
        code,
        annee: 2023,
        type_structure: 'MSP',
        profession,
        nb_professionnels: nb,
        nb_structures_avec: avec,
        pct_structures_avec: (100 * nb) / total,
      });
    }
  }
  const { systems, key } = tableSystems('professionnels', rows, 11, rule);
  const system = systems[0]!;

  it('puts the rows of one area across professions in one system', () => {
    expect(systems).toHaveLength(1);
    expect(system.cells.size).toBe(18);
  });

  it('finds a masked count given back by its area’s other shares', () => {
    // 2A's midwives (2 structures) masked with their share: 2A's other shares give 2A's total.
    const masked = new Set([key(1, 'nb_professionnels'), key(1, 'pct_structures_avec'), key(4, 'nb_professionnels'), key(4, 'pct_structures_avec')]);
    const exposure = findExposure(system, masked, { explain: true });
    expect(exposure?.kind).toBe('exact');
  });

  it('masks further cells, shares included, until none is disclosed', () => {
    const { masked, unprotected } = suppressCells(system);
    expect(unprotected).toBeUndefined();
    expect(masked.has(key(1, 'nb_professionnels')) && masked.has(key(1, 'pct_structures_avec'))).toBe(true);
    expect(findExposure(system, masked)).toBeUndefined();
    expect(masked.size).toBeGreaterThan(2);
  });
});

describe('minimize (the interval audit’s linear programs)', () => {
  it('solves, and says unbounded or infeasible', () => {
    // x + y = 3, x ≤ 2 (x, y ≥ 0): y ranges over [1, 3].
    const constraints = [
      { coefs: [1, 1], sense: 'eq' as const, rhs: 3 },
      { coefs: [1, 0], sense: 'le' as const, rhs: 2 },
    ];
    expect(minimize(2, constraints, [0, 1])).toEqual({ kind: 'optimal', value: 1, point: [expect.any(Number), 1] });
    expect(minimize(2, constraints, [0, -1])).toEqual({ kind: 'optimal', value: -3, point: [expect.any(Number), 3] });
    expect(minimize(2, [{ coefs: [1, -1], sense: 'eq', rhs: 0 }], [-1, 0])).toEqual({ kind: 'unbounded' });
    expect(minimize(1, [{ coefs: [1], sense: 'le', rhs: -1 }], [1])).toEqual({ kind: 'infeasible' });
  });
});
