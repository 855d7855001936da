// A release's later outputs take the register's stamp for both audits, and only while it vouches
// for the very masks, tables and code: a mask taken out of the register is audited again, and
// refused.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SecrecyBreach } from '../../core';
import { generateReport, openRelease, type Register, readRegister } from '../../reports';
import { readRun } from '../../reports/generate-report';
import { auditStamp } from '../../reports/release/audit-stamp';
import { type PipelineRun, runFixturePipeline } from '../reports/helpers/pipeline-run';

const audits = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../reports/release/partner-masks', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../reports/release/partner-masks')>();
  return {
    ...original,
    checkMasks: (...args: Parameters<typeof original.checkMasks>) => {
      audits.count++;
      return original.checkMasks(...args);
    },
  };
});

const NOW = new Date('2024-06-04T07:30:00Z');
let run: PipelineRun;
const report = (folder: string) => generateReport({ from: run.out, out: path.join(run.root, folder), secret: 11 }, { now: () => NOW });

beforeAll(async () => {
  run = await runFixturePipeline();
  await report('premier');
}, 300_000);
afterAll(() => run.cleanup());

/**
 * Shows again, in the register, every full-year mean (never published), keeping its stamp: `output`
 * must audit the masks once and refuse them. The register is put back after.
 */
async function expectAuditedAndRefusedWithoutFullYearMeans(output: () => Promise<unknown>): Promise<void> {
  const file = path.join(run.out, 'diffusions.json');
  const original = await readFile(file, 'utf8');
  const register = JSON.parse(original) as Register;
  const edited = { ...register, masques: { '11': register.masques['11']!.filter((cell) => cell[2] !== 'moyenne_annee_complete') } };
  expect(edited.masques['11']!.length).toBeLessThan(register.masques['11']!.length);
  await writeFile(file, JSON.stringify(edited));
  try {
    audits.count = 0;
    await expect(output()).rejects.toBeInstanceOf(SecrecyBreach);
    expect(audits.count).toBe(1);
  } finally {
    await writeFile(file, original);
  }
}

describe('the audit stamp of a release register', () => {
  it('is written with the masks of the threshold', async () => {
    const register = (await readRegister(run.out)) as Register;
    expect(Object.keys(register.audits ?? {})).toEqual(['11']);
    expect(register.audits?.['11']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('spares a later output both audits of the same masks', async () => {
    audits.count = 0;
    await report('deuxieme');
    expect(audits.count).toBe(0);
  });

  it('no longer vouches for masks edited in the register: they are audited again and refused', async () => {
    await expectAuditedAndRefusedWithoutFullYearMeans(() => report('troisieme'));
  });

  it('lets a batch reuse the masks it sealed only while the register holds the very same cells', async () => {
    const read = await readRun(run.out);
    const inBatch = (folder: string) => generateReport({ from: run.out, out: path.join(run.root, folder), secret: 11 }, { now: () => NOW }, read);
    await inBatch('lot-1');
    // The stamp is kept: only the batch's own copy of the cells could tell the edit.
    await expectAuditedAndRefusedWithoutFullYearMeans(() => inBatch('lot-2'));
    audits.count = 0;
    await inBatch('lot-3');
    expect(audits.count).toBe(0);
  });

  it('refuses to record masks decided on a register another output changed meanwhile', async () => {
    const { source } = await readRun(run.out);
    const release = await openRelease({
      runDir: run.out,
      tables: source.tables,
      threshold: 11,
      output: { sortie: 'rapport', dossier: path.join(run.root, 'pendant') },
      now: () => NOW,
    });
    const file = path.join(run.out, 'diffusions.json');
    const original = await readFile(file, 'utf8');
    const register = JSON.parse(original) as Register;
    // Another output, at threshold 15, recorded between this one's masks and its record.
    const meanwhile = JSON.stringify({ ...register, masques: { ...register.masques, '15': register.masques['11'] } });
    await writeFile(file, meanwhile);
    try {
      await expect(release.record()).rejects.toThrow(
        `${file} : une autre diffusion de ces données y a été inscrite pendant celle-ci, avec d’autres cases masquées ; relancez cette production : elle partira des masques déjà diffusés (aucun fichier n’a été écrit)`,
      );
      expect(await readFile(file, 'utf8')).toBe(meanwhile);
    } finally {
      await writeFile(file, original);
    }
    // Unchanged, the same record goes through.
    const again = await openRelease({
      runDir: run.out,
      tables: source.tables,
      threshold: 11,
      output: { sortie: 'rapport', dossier: path.join(run.root, 'apres') },
      now: () => NOW,
    });
    await again.record();
    expect(((await readRegister(run.out)) as Register).diffusions.at(-1)!.dossier).toBe(path.join(run.root, 'apres'));
  });

  it('changes with the data, the threshold or any masked cell', async () => {
    const cells = [['patientele', '["departement","75",2023,"MSP"]', 'file_active']];
    const stamp = await auditStamp('a', 11, cells);
    expect(await auditStamp('a', 11, cells)).toBe(stamp);
    expect(await auditStamp('b', 11, cells)).not.toBe(stamp);
    expect(await auditStamp('a', 15, cells)).not.toBe(stamp);
    expect(await auditStamp('a', 11, [])).not.toBe(stamp);
  });
});
