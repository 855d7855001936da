// The second thread of a batch of regions: when it cannot go on, it says why once and leaves the
// regions it has not taken to the first thread.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegionOutcome } from '../../reports/regions/region-report';
import { onRegionThread } from '../../reports/regions/region-thread';
import { sharedCounter, takeNext } from '../../reports/worker-thread';
import { fixtureRun } from '../support/fixture-runs';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'region-thread-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('the second thread of a batch of regions', () => {
  it('says once why it stopped, and takes no region it cannot make', async () => {
    const order = ['11', '84'];
    const taken = sharedCounter();
    const said: RegionOutcome[] = [];
    const stopped: string[] = [];
    const missing = path.join(scratch, 'pas-de-run');
    await onRegionThread(
      {
        options: { from: missing, out: path.join(scratch, 'sortie') },
        generatedAt: '2024-06-03T08:00:00.000Z',
        out: path.join(scratch, 'sortie'),
        order,
        taken,
        producedAt: '2024-06-03T08:00:00.000Z',
      },
      (outcome) => said.push(outcome),
      (why) => stopped.push(why),
    );
    expect(said).toEqual([]);
    expect(stopped).toHaveLength(1);
    expect(stopped[0]).toBe(`--from ${missing} : dossier introuvable (lancez d’abord « npm run pipeline », ou indiquez le dossier --out d’un run)`);
    // Both regions are still there for the first thread.
    expect([takeNext(order, taken), takeNext(order, taken), takeNext(order, taken)]).toEqual(['11', '84', undefined]);
  });

  it('stops before any region when the run was made again since the first thread read it', async () => {
    const { out: run } = await fixtureRun('sample');
    const order = ['11'];
    const taken = sharedCounter();
    const stopped: string[] = [];
    const said: RegionOutcome[] = [];
    await onRegionThread(
      {
        options: { from: run, out: path.join(scratch, 'refait') },
        generatedAt: '2000-01-01T00:00:00.000Z',
        out: path.join(scratch, 'refait'),
        order,
        taken,
        producedAt: '2024-06-03T08:00:00.000Z',
      },
      (outcome) => said.push(outcome),
      (why) => stopped.push(why),
    );
    expect(said).toEqual([]);
    expect(stopped).toEqual([`${run} : ce run du pipeline a été refait pendant la production des rapports ; relancez-la`]);
    expect(takeNext(order, taken)).toBe('11');
  });
});
