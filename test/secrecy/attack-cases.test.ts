// The ways a partner could recompute masked figures (issue « Partner secrecy as one system », and a
// nil amount found on a national partner batch), each rebuilt on small generated tables: the
// release's masks, then the attacker's own linear programs (test/secrecy/attacker.ts, HiGHS) over
// what those masks leave shown. Each case fails with the masks of the engine before its fix.
import { describe, expect, it } from 'vitest';
import { auditRelease, type PublishedTables, type Row, releaseMasks, secrecyNote, TABLE_NAMES } from '../../core';
import { independentAudit } from '../../reports';
import { attack, breaches } from './attacker';
import { indicatorArea, remunerationRow, shown } from './rows';

const THRESHOLD = 11;

function tables(partial: Partial<PublishedTables>): PublishedTables {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, partial[name] ?? []])) as PublishedTables;
}

// CDS of one department and year: the centres' remuneration (ensemble) and their five groups.
function cdsArea(code: string, niveau: string, groups: [number, number, number, number, number], tropPercu: number): Row[] {
  const paid = groups[0] + groups[1] + groups[2];
  const missed = groups[3] + groups[4];
  const montant = 50_000 * paid;
  return [
    {
      niveau,
      code,
      annee: 2023,
      categorie: 'ensemble',
      nb_remunerees: paid,
      montant_total: montant,
      avance: montant * 0.6,
      solde: montant * 0.4,
      trop_percu: tropPercu,
      moyenne: montant / paid,
      nb_prerequis_non_atteints: missed,
      avance_a_rembourser: groups[3] * 7_000,
    },
    ...groups.map(
      (count, at): Row => ({
        niveau,
        code,
        annee: 2023,
        type_structure: 'CDS',
        groupe: String(at + 1),
        libelle: `groupe ${at + 1}`,
        nb_structures: count,
        pct_structures: (100 * count) / (paid + missed),
      }),
    ),
  ];
}

function cdsTables(areas: Row[][]): PublishedTables {
  const rows = areas.flat();
  return tables({
    cds_remunerations: rows.filter((row) => row.categorie !== undefined),
    remunerations_groupes: rows.filter((row) => row.groupe !== undefined),
  });
}

describe('1. a nil trop-perçu shown beside the five CDS groups', () => {
  // Paris: 10 paid centres, none with a negative balance; shown, « 0 € of trop-perçu » says groups
  // 2 and 3 are empty, and group 1 = the 10 paid centres, a count of fewer than 11.
  const data = cdsTables([
    cdsArea('75', 'departement', [10, 0, 0, 2, 1], 0),
    cdsArea('93', 'departement', [25, 3, 2, 4, 2], 18_000),
    cdsArea('94', 'departement', [30, 4, 1, 3, 3], 9_000),
    cdsArea('11', 'region', [65, 7, 3, 9, 6], 27_000),
  ]);
  const masks = releaseMasks(data, THRESHOLD);

  it('masks the nil trop-perçu of 10 paid centres: a figure on fewer than 11 structures, zero included', () => {
    expect(masks.cds_remunerations![0]!.has('trop_percu')).toBe(true);
  });

  it('leaves the attacker no group count, the « zero trop-perçu empties groups 2–3 » relation included', async () => {
    expect(breaches(await attack(shown(data, masks), data), THRESHOLD)).toEqual([]);
    await independentAudit(data, masks, THRESHOLD);
  });
});

// MSP indicators of a region, two of them: « télésanté » (reached as given) and « coordination »
// (reached by every structure); each amount is 700 € a structure reaching it.
function indicatorRows(departments: [string, number, number][], region: [number, number]): Row[] {
  return [
    ...departments.flatMap(([code, structures, reached]) => indicatorArea('departement', code, structures, reached)),
    ...indicatorArea('region', '11', ...region),
  ];
}

describe('2. structures reaching an indicator are at most the structures computed', () => {
  // Region 216 / 220; the shown departments add up to 200 / 204; 77 (6 / 6) and 95 (10 / 10) masked:
  // with « reaching ≤ computed », 16 = 6 + 10 pins both.
  const data = tables({
    indicateurs: indicatorRows(
      [
        ['75', 40, 40],
        ['78', 34, 33],
        ['91', 30, 30],
        ['92', 35, 34],
        ['93', 31, 31],
        ['94', 34, 32],
        ['77', 6, 6],
        ['95', 10, 10],
      ],
      [220, 216],
    ),
  });
  const masks = releaseMasks(data, THRESHOLD);

  it('is a bound of the system: the two small departments cannot be pinned', async () => {
    expect(masks.indicateurs![12]!.has('nb_atteint') && masks.indicateurs![14]!.has('nb_atteint')).toBe(true);
    expect(breaches(await attack(shown(data, masks), data), THRESHOLD)).toEqual([]);
  });
});

describe('3. a protected nil', () => {
  // One CDS alone in its department: its « télésanté » result is nil, and so is the region's.
  const data = tables({
    indicateurs: indicatorRows(
      [
        ['75', 12, 0],
        ['77', 1, 0],
        ['93', 15, 0],
      ],
      [28, 0],
    ),
  });
  const masks = releaseMasks(data, THRESHOLD);

  it('is masked, and so are enough figures that its interval does not collapse to 0', async () => {
    expect(masks.indicateurs![2]!.has('nb_atteint')).toBe(true);
    expect(breaches(await attack(shown(data, masks), data), THRESHOLD)).toEqual([]);
    expect(() => auditRelease(data, masks, THRESHOLD)).not.toThrow();
  });
});

describe('6. minima and maxima', () => {
  const row = (niveau: string, code: string, nb: number, montant: number) => remunerationRow(niveau, code, nb, montant, 128_736.23);
  const data = tables({ remunerations: [row('departement', '75', 40, 3e6), row('departement', '93', 35, 2.5e6), row('region', '11', 75, 5.5e6)] });

  it('are never shown to partners, on 35 structures as on 1, and the note says why', () => {
    const masks = releaseMasks(data, THRESHOLD);
    for (const set of masks.remunerations!) expect(['minimum', 'maximum'].every((column) => set.has(column))).toBe(true);
    // Nothing else on these large areas.
    expect(masks.remunerations!.map((set) => [...set].filter((column) => !['minimum', 'maximum', 'moyenne_annee_complete'].includes(column)))).toEqual([
      [],
      [],
      [],
    ]);
    expect(secrecyNote('remunerations', THRESHOLD)).toContain('le minimum et le maximum, montants d’une seule structure, ne sont jamais publiés');
    expect(releaseMasks(data, 0).remunerations!.every((set) => set.size === 0)).toBe(true);
  });
});

describe('7. a nil amount beside a masked count, one level up (France = Σ regions)', () => {
  // Corse: 4 and 8 structures, none reaching « télésanté »; Guadeloupe: 17, none either. Each
  // structure reaching an indicator is paid a cent at least, so France's nil amount shown beside
  // Guadeloupe's would say Corse's is nil, and with it that no centre of Corse-du-Sud reached it.
  const data = tables({
    indicateurs: [
      ...indicatorArea('departement', '971', 17, 0),
      ...indicatorArea('region', '01', 17, 0),
      ...indicatorArea('departement', '2A', 4, 0),
      ...indicatorArea('departement', '2B', 8, 0),
      ...indicatorArea('region', '94', 12, 0),
      ...indicatorArea('france', 'FR', 29, 0),
    ],
  });
  const masks = releaseMasks(data, THRESHOLD);

  it('leaves the attacker no nil count of the small departments, from any level', async () => {
    expect(masks.indicateurs![4]!.has('nb_atteint') && masks.indicateurs![6]!.has('nb_atteint')).toBe(true);
    expect(breaches(await attack(shown(data, masks), data), THRESHOLD)).toEqual([]);
    await independentAudit(data, masks, THRESHOLD);
  });
});

describe('8. a region masked whole, under France = Σ regions', () => {
  // Corse: 8 paid MSP (3 and 5 by department), masked whole; Guadeloupe 20, Martinique 30, each
  // one department. France shown would give Corse back; masking Guadeloupe's figure instead would
  // take it from Guadeloupe's own deck, and Basse-Terre's with it.
  const row = (niveau: string, code: string, nb: number) => remunerationRow(niveau, code, nb, 50_000 * nb);
  const data = tables({
    remunerations: [
      row('departement', '971', 20),
      row('region', '01', 20),
      row('departement', '972', 30),
      row('region', '02', 30),
      row('departement', '2A', 3),
      row('departement', '2B', 5),
      row('region', '94', 8),
      row('france', 'FR', 58),
    ],
  });
  const masks = releaseMasks(data, THRESHOLD);

  it('masks France’s figures, and leaves the other regions’ own figures shown', async () => {
    expect(masks.remunerations![6]!.has('montant_total') && masks.remunerations![7]!.has('montant_total')).toBe(true);
    for (const index of [0, 1, 2, 3])
      expect([...masks.remunerations![index]!].filter((column) => ['montant_total', 'avance', 'solde', 'moyenne'].includes(column))).toEqual([]);
    expect(breaches(await attack(shown(data, masks), data), THRESHOLD)).toEqual([]);
    await independentAudit(data, masks, THRESHOLD);
  });
});
