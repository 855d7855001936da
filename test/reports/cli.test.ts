import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../core';
import { DEFAULT_FROM, generateReport, parseReportArgs, type ReportError } from '../../reports';
import { writeFileAtomic } from '../../reports/atomic-write';
import { type PipelineRun, runFixturePipeline } from './helpers/pipeline-run';

const exec = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

async function report(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(path.join(ROOT, 'node_modules/.bin/tsx'), ['reports/cli.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

let run: PipelineRun;
beforeAll(async () => {
  run = await runFixturePipeline();
});
afterAll(() => run.cleanup());

describe('parseReportArgs(argv)', () => {
  it('reads every option and defaults --from to the sample run', () => {
    expect(parseReportArgs(['--out', 'x'])).toEqual({ from: DEFAULT_FROM, out: 'x' });
    expect(DEFAULT_FROM).toBe(path.join(ROOT, 'out', 'sample'));
    expect(parseReportArgs(['--out', 'x', '--from', 'y', '--region', '11', '--year', '2023', '--secret', '11'])).toEqual({
      from: 'y',
      out: 'x',
      region: '11',
      year: 2023,
      secret: 11,
    });
    expect(parseReportArgs(['--help'])).toBeUndefined();
  });

  it.each([
    [[], '--out <dossier> est obligatoire'],
    [['--out', 'x', '--region', '../11'], '--region ../11 : un code INSEE de région à deux chiffres est attendu'],
    [['--out', 'x', '--year', '23'], '--year 23 : une année sur quatre chiffres est attendue'],
    [['--out', 'x', '--secret', '1'], '--secret 1 : un entier de 2 à 1000 est attendu'],
    [['--out', 'x', '--secret', 'cinq'], '--secret cinq : un entier de 2 à 1000 est attendu'],
    [['--out', 'x', '--colour', 'red'], "Unknown option '--colour'"],
    [['--out', ''], '--out est vide'],
  ])('refuses %j with a usage error', (argv, message) => {
    expect(() => parseReportArgs(argv)).toThrow(message);
    try {
      parseReportArgs(argv);
    } catch (error) {
      expect((error as ReportError).exitCode).toBe(2);
    }
  });
});

describe('generateReport(options): region, year and paths', () => {
  it('takes the region and the year of the data when not given', async () => {
    const result = await generateReport({ from: run.out, out: path.join(run.root, 'defaults') });
    expect(result.scope).toEqual({
      region: '11',
      regionName: 'Île-de-France',
      year: 2023,
      arrete: '2024-12-26',
      contractsYear: 2024,
      franceName: 'Île-de-France',
    });
  });

  it('reports an earlier year: the deck and the files are named after it', async () => {
    const result = await generateReport({ from: run.out, out: path.join(run.root, 'y2022'), year: 2022 });
    expect(path.basename(result.deck)).toBe('commission-11-2022.pptx');
    const csv = await readFile(path.join(run.root, 'y2022', 'csv', 'adhesions.csv'), 'utf8');
    expect(csv).not.toContain(';2023;');
    expect(csv).toContain(';2022;');
  });

  it.each([
    [{ region: '76' }, '--region 76 (Occitanie) : aucune donnée pour cette région (régions présentes : 11 (Île-de-France))'],
    [{ region: '99' }, '--region 99 : code de région inconnu'],
    [{ year: 2030 }, '--year 2030 : aucune donnée pour cette année (années présentes : 2015, 2016'],
  ])('explains why %j cannot be reported', async (options, message) => {
    await expect(generateReport({ from: run.out, out: path.join(run.root, 'never'), ...options })).rejects.toThrow(message);
  });

  it('asks for --region when the data span several regions', async () => {
    const from = path.join(run.root, 'two-regions');
    await mkdir(path.join(from, 'tables'), { recursive: true });
    for (const file of await readdir(path.join(run.out, 'tables'))) {
      if (file.endsWith('.csv')) await writeFile(path.join(from, 'tables', file), await readFile(path.join(run.out, 'tables', file)));
    }
    const runJson = JSON.parse(await readFile(path.join(run.out, 'run.json'), 'utf8'));
    await writeFile(path.join(from, 'run.json'), JSON.stringify({ ...runJson, regions: ['11', '76'] }));
    await expect(generateReport({ from, out: path.join(run.root, 'never') })).rejects.toThrow(
      'les données couvrent plusieurs régions (11 (Île-de-France), 76 (Occitanie)) : choisissez-en une avec --region',
    );
  });

  it('refuses to write into the --from folder or one of its sub-folders', async () => {
    await expect(generateReport({ from: run.out, out: run.out })).rejects.toThrow(/refusé, c’est le dossier --from/);
    await expect(generateReport({ from: run.out, out: path.join(run.out, 'rapport') })).rejects.toThrow(/refusé/);
    // A link that leads into the input folder is seen through.
    const link = path.join(run.root, 'link-to-input');
    await symlink(run.out, link);
    await expect(generateReport({ from: run.out, out: path.join(link, 'rapport') })).rejects.toThrow(/refusé/);
    expect(await readdir(run.out)).not.toContain('rapport');
  });

  it('refuses an --out that is a file, and a csv/ that links elsewhere', async () => {
    const file = path.join(run.root, 'a-file');
    await writeFile(file, 'x');
    await expect(generateReport({ from: run.out, out: file })).rejects.toThrow('ce chemin existe et n’est pas un dossier');
    const out = path.join(run.root, 'linked-csv');
    await mkdir(out);
    await mkdir(path.join(run.root, 'elsewhere'));
    await symlink(path.join(run.root, 'elsewhere'), path.join(out, 'csv'));
    await expect(generateReport({ from: run.out, out })).rejects.toThrow('n’est pas un dossier ordinaire');
    expect(await readdir(path.join(run.root, 'elsewhere'))).toEqual([]);
    expect(await readdir(out)).toEqual(['csv']);
  });

  it('says what is missing when --from is not a pipeline output', async () => {
    await expect(generateReport({ from: path.join(run.root, 'nowhere'), out: path.join(run.root, 'never') })).rejects.toThrow(
      /--from .*nowhere : dossier introuvable/,
    );
    const empty = path.join(run.root, 'empty');
    await mkdir(empty);
    await expect(generateReport({ from: empty, out: path.join(run.root, 'never') })).rejects.toThrow(/run.json introuvable/);
  });

  it('leaves no temporary file behind and replaces a previous report whole', async () => {
    const out = path.join(run.root, 'twice');
    await generateReport({ from: run.out, out });
    const first = await readFile(path.join(out, 'csv', 'cds.csv'));
    await generateReport({ from: run.out, out });
    expect(await readFile(path.join(out, 'csv', 'cds.csv'))).toEqual(first);
    expect((await readdir(out)).sort()).toEqual(['commission-11-2023.pptx', 'csv', 'tableaux-11-2023.xlsx']);
    expect((await readdir(path.join(out, 'csv'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('writeFileAtomic(target, data)', () => {
  it('keeps the previous file when the write fails', async () => {
    const target = path.join(run.root, 'atomic.txt');
    await writeFile(target, 'before');
    await expect(writeFileAtomic(path.join(run.root, 'missing-dir', 'atomic.txt'), 'after')).rejects.toThrow();
    await writeFileAtomic(target, 'after');
    expect(await readFile(target, 'utf8')).toBe('after');
    expect((await readdir(run.root)).filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  it('names a folder standing where the file goes, not its temporary file', async () => {
    const target = path.join(run.root, 'dossier.pptx');
    await mkdir(target);
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow(
      new RegExp(`^${target.replaceAll('.', '\\.')} : un dossier porte le nom de ce fichier ; déplacez ce dossier, puis relancez$`),
    );
    expect((await readdir(run.root)).filter((name) => name.includes('.tmp'))).toEqual([]);
  });
});

describe('npm run report (the command)', () => {
  it('prints its help in French', async () => {
    const result = await report(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage : npm run report -- --out <dossier>');
    expect(result.stdout).toContain('--secret <n>');
  });

  it('writes the three outputs, lists them on stdout and logs to stderr', async () => {
    const out = path.join(run.root, 'cli');
    const result = await report(['--from', run.out, '--out', out, '--secret', '11']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([
      path.join(out, 'commission-11-2023-diffusion-secret11.pptx'),
      path.join(out, 'tableaux-11-2023-diffusion-secret11.xlsx'),
      ...TABLE_NAMES.map((name) => path.join(out, 'csv', `${name}.csv`)),
    ]);
    expect(result.stderr).toContain('Rapport Île-de-France (11) 2023');
    expect(result.stderr).toContain('Secret statistique (seuil 11)');
  });

  it('exits with status 2 and a message on a wrong command line, 1 on missing input', async () => {
    const usage = await report(['--out', path.join(run.root, 'x'), '--year', 'deux']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('report : --year deux : une année sur quatre chiffres est attendue');
    const missing = await report(['--out', path.join(run.root, 'x'), '--from', path.join(run.root, 'nowhere')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^report : --from .*nowhere : dossier introuvable/);
    expect(missing.stderr).not.toContain('    at ');
  });
});
