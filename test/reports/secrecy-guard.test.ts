import { access } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SecrecyBreach } from '../../core';
import { ReportError } from '../../reports';
import { type PipelineRun, runFixturePipeline } from './helpers/pipeline-run';
import { plainSpaces, reportFrom } from './helpers/report-run';

// The guard, not the masking: a faulty mask producer (here the real one with the full-year means
// shown again, the defect of issue 7) must be caught by the audit every partner output runs, and
// the report must then write nothing at all.
vi.mock('../../core/secrecy/release-masks', async (importOriginal) =>
  (await import('./helpers/leaky-masks')).withFullYearMeansShown(await importOriginal<typeof import('../../core/secrecy/release-masks')>()),
);

let run: PipelineRun;
beforeAll(async () => {
  run = await runFixturePipeline();
});
afterAll(() => run.cleanup());

describe('a partner report whose masks leave a figure recoverable', () => {
  it('stops with a French message naming the table, the cell and the figures, and writes nothing', async () => {
    const error = await reportFrom(run, 'partner', { secret: 15 }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(SecrecyBreach);
    expect(error).toBeInstanceOf(ReportError); // the CLI prints it without a stack trace, exit 1
    const breach = error as SecrecyBreach;
    expect(breach.exitCode).toBe(1);
    expect(breach.table).toBe('remunerations');
    expect(plainSpaces(breach.message)).toMatch(
      /^secret statistique non garanti dans le tableau « MSP – rémunération ACI » : « Moyenne année complète » de .+, 2023, MSP est publiée alors qu’elle est une moyenne sur un nombre de structures non publié ; avec « Structures rémunérées » de .+ = \d+, elle redonne « Montant total » de .+\. Aucun fichier n’a été écrit\.$/,
    );
    await expect(access(path.join(run.root, 'partner'))).rejects.toThrow();
    // Nor is the output written in the release's register.
    await expect(access(path.join(run.out, 'diffusions.json'))).rejects.toThrow();
  });

  it('still writes the internal report, which masks nothing', async () => {
    const result = await reportFrom(run, 'internal');
    expect(result.maskedCells).toBe(0);
    await expect(access(result.deck)).resolves.toBeUndefined();
  });
});
