// The interval audit proves most masked figures free with a few feasible points pushing many at
// once, and runs a figure's own programs only for those the points leave unproven. A point that
// reaches exactly the bound the rule asks for proves it, as a range reaching it does: a nil count
// resting on one structure can reach 1, never more (on a national slice of indicators, 1 200 such
// counts each took their own programs, and the search's first pass 190 s instead of 33).
import { describe, expect, it } from 'vitest';
import { findExposures } from '../../core/secrecy/exposure';
import { highsSolver, type MaskedProgram, type ProgramSolver } from '../../core/secrecy/highs-program';
import type { PublishedSystem, SystemCell } from '../../core/secrecy/published-system';
import { releaseRows } from '../../core/secrecy/release-rows';
import { highsOnce } from '../../reports/release/highs';

const count = (key: string, value: number, ceiling: number): SystemCell => ({
  key,
  row: 0,
  column: key,
  value,
  total: false,
  maskable: true,
  signed: false,
  integer: true,
  floor: 0,
  ceiling,
});

// A shown total of 8 over three masked counts: a nil resting on one structure (masked by the
// threshold rule, at most 1), 5 and 3.
function system(): PublishedSystem {
  const cells = [count('0:nil', 0, 1), count('0:five', 5, 10), count('0:three', 3, 10)];
  return {
    release: releaseRows({}),
    cells: new Map(cells.map((cell) => [cell.key, cell])),
    constraints: [
      { terms: cells.map((cell) => ({ cell: cell.key, coef: 1 })), constant: -8, sense: 'eq', figures: [] },
      // Structures reaching an indicator ≤ those it is computed on (a public count): one.
      { terms: [{ cell: '0:nil', coef: 1 }], constant: -1, sense: 'le', figures: [] },
    ],
    links: [],
    primary: new Map([['0:nil', 'reposant sur 1 structure']]),
    scale: 8,
  };
}

/** The solver, counting the figures' own programs. */
function counting(inner: ProgramSolver): { solver: ProgramSolver; bounds: string[] } {
  const bounds: string[] = [];
  const solver: ProgramSolver = {
    fromCells: 0,
    release: () => inner.release(),
    under(system, masked, slot) {
      const programs = inner.under(system, masked, slot);
      return {
        program(cells): MaskedProgram {
          const program = programs.program(cells);
          return {
            bound: (cell, side, seen) => {
              bounds.push(`${cell} ${side}`);
              return program.bound(cell, side, seen);
            },
            witnesses: (push, cap) => program.witnesses(push, cap),
          };
        },
      };
    },
  };
  return { solver, bounds };
}

describe('the interval audit’s feasible points', () => {
  it('prove a nil count free at its ceiling of one structure, with no program of its own', async () => {
    const { solver, bounds } = counting(highsSolver(await highsOnce(), 0));
    const masked = new Set(['0:nil', '0:five', '0:three']);
    expect(findExposures(system(), masked, { solver })).toEqual([]);
    solver.release();
    expect(bounds).toEqual([]);
  });

  it('still find a figure the shown ones pin', async () => {
    const { solver } = counting(highsSolver(await highsOnce(), 0));
    // With 3 shown, the nil and 5 add up to 5: 5 cannot move up at all.
    const exposures = findExposures(system(), new Set(['0:nil', '0:five']), { solver });
    solver.release();
    expect(exposures.map((exposure) => exposure.cell)).toEqual(['0:five']);
  });
});
