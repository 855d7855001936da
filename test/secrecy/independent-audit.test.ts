// Both audits judge each masked figure on its own scale. In units of the system's largest amount
// (here 6 × 10⁹ €, as a national slice may reach), the independent audit's tolerance (1e-7 of it,
// 600) reached whole structures: a count the figures shown give back exactly passed it.
import { describe, expect, it } from 'vitest';
import { auditRelease, type PublishedTables, type ReleaseMasks, TABLE_NAMES } from '../../core';
import { independentAudit } from '../../reports';
import { indicatorArea } from './rows';

// Corse-du-Sud: 3 MSP, 2 reaching telehealth, a billion euros each; Haute-Corse: 30 and 25, a
// hundred million each; Corse the sum.
const rows = [
  ...indicatorArea('departement', '2A', 3, 2, [2e9, 3e9]),
  ...indicatorArea('departement', '2B', 30, 25, [2.5e9, 3e9]),
  ...indicatorArea('region', '94', 33, 27, [4.5e9, 6e9]),
];
const tables = Object.fromEntries(TABLE_NAMES.map((name) => [name, name === 'indicateurs' ? rows : []])) as unknown as PublishedTables;

// Corse-du-Sud masked whole, Haute-Corse's amounts and weights but not its counts: Corse-du-Sud's
// counts are Corse's minus Haute-Corse's (2 and 3), its amounts stay free.
const masks: ReleaseMasks = {
  indicateurs: rows.map((row) =>
    row.code === '2A'
      ? new Set(['nb_atteint', 'pct_atteint', 'montant', 'poids_pct'])
      : row.code === '2B'
        ? new Set(['montant', 'poids_pct'])
        : new Set<string>(),
  ),
};

describe('the audits, beside billions of euros', () => {
  it('stop a count the figures shown give back exactly (independent audit)', async () => {
    await expect(independentAudit(tables, masks, 11)).rejects.toThrow(/Structures l’atteignant » de Corse-du-Sud \(2A\).*entre 3 et 3 /);
  });

  it('stop it in-house too', () => {
    expect(() => auditRelease(tables, masks, 11)).toThrow(/Corse-du-Sud \(2A\)/);
  });
});
