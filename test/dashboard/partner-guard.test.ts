// The dashboard's partner build runs the same audit as the reports: a faulty mask producer (the real
// one with the full-year means shown again, issue 7's defect) stops it, naming table, cell and the
// figures; and a failed build says so in one French sentence, without the bundler's stack trace.
import { execFile } from 'node:child_process';
import { access, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { SecrecyBreach } from '../../core';
import { partnerData } from '../../dashboard/tools/partner-data';
import { readPublishedTables } from '../../pipeline';
import { runFixturePipeline } from '../reports/helpers/pipeline-run';

vi.mock('../../core/secrecy/release-masks', async (importOriginal) =>
  (await import('../reports/helpers/leaky-masks')).withFullYearMeansShown(await importOriginal<typeof import('../../core/secrecy/release-masks')>()),
);

describe('the partner build of the dashboard, with masks that leave a figure recoverable', () => {
  it('refuses to produce the partner figures and names the table, the cell and the revealing figures', async () => {
    const run = await runFixturePipeline();
    const tables = await readPublishedTables(run.out);
    const error = await partnerData({ runDir: run.out, tables, threshold: 15, distDir: path.join(run.root, 'dist') }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    await expect(access(path.join(run.out, 'diffusions.json'))).rejects.toThrow();
    await run.cleanup();
    expect(error).toBeInstanceOf(SecrecyBreach);
    expect((error as SecrecyBreach).table).toBe('remunerations');
    expect((error as Error).message.replace(/\s/g, ' ')).toMatch(
      /^secret statistique non garanti dans le tableau « MSP – rémunération ACI » : « Moyenne année complète » de .+ est publiée alors qu’elle est une moyenne sur un nombre de structures non publié ; avec « Structures rémunérées » de .+ = \d+, elle redonne « Montant total » de .+\. Aucun fichier n’a été écrit\.$/,
    );
  });
});

describe('npm run build on a folder with no pipeline output', () => {
  it('fails with one French sentence naming the folder and what to do, no stack trace, nothing built', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cpr-build-'));
    try {
      const result = await promisify(execFile)('npx', ['tsx', 'dashboard/tools/build-cli.ts', '--secret', '11', '--out-dir', path.join(dir, 'dist')], {
        env: { ...process.env, CPR_OUT: path.join(dir, 'out'), CPR_BUILD_QUIET: '1', CPR_DEBUG: '' },
      }).then(
        () => ({ code: 0, stderr: '' }),
        (failure: { code: number; stderr: string }) => failure,
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `La construction du tableau de bord a échoué : pas de données pour le tableau de bord dans ${path.join(dir, 'out', 'dashboard', 'data.json')} : lancez d’abord le pipeline`,
      );
      expect(result.stderr).not.toMatch(/^\s+at /m);
      await expect(access(path.join(dir, 'dist'))).rejects.toThrow();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
