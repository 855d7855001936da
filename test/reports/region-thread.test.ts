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

/** The second thread on `order` from the run `from`, as the first thread read it at `generatedAt`. */
async function secondThread(from: string, generatedAt: string, order: readonly string[]) {
  const taken = sharedCounter();
  const said: RegionOutcome[] = [];
  const stopped: string[] = [];
  const out = path.join(scratch, 'sortie');
  await onRegionThread(
    { options: { from, out }, generatedAt, out, order, taken, producedAt: '2024-06-03T08:00:00.000Z' },
    (outcome) => said.push(outcome),
    (why) => stopped.push(why),
  );
  // What the first thread can still take.
  const left = order.map(() => takeNext(order, taken));
  return { said, stopped, left };
}

describe('the second thread of a batch of regions', () => {
  it('says once why it stopped, and takes no region it cannot make', async () => {
    const missing = path.join(scratch, 'pas-de-run');
    const { said, stopped, left } = await secondThread(missing, '2024-06-03T08:00:00.000Z', ['11', '84']);
    expect(said).toEqual([]);
    expect(stopped).toEqual([`--from ${missing} : dossier introuvable (lancez d’abord « npm run pipeline », ou indiquez le dossier --out d’un run)`]);
    expect(left).toEqual(['11', '84']);
  });

  it('stops before any region when the run was made again since the first thread read it', async () => {
    const { out: run } = await fixtureRun('sample');
    const { said, stopped, left } = await secondThread(run, '2000-01-01T00:00:00.000Z', ['11']);
    expect(said).toEqual([]);
    expect(stopped).toEqual([`${run} : ce run du pipeline a été refait pendant la production des rapports ; relancez-la`]);
    expect(left).toEqual(['11']);
  });
});
