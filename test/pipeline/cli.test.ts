// The command line as a person runs it: help, progress and summary, exit statuses.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURE, inputDir, STRUCTURES, tempDir } from './helpers';

describe('npm run pipeline', () => {
  it('--help explains the command in French and exits 0', () => {
    const { status, stdout } = cli('--help');
    expect(status).toBe(0);
    expect(stdout).toContain('Usage : npm run pipeline -- --input <dossier> --out <dossier> [--arrete AAAA-MM-JJ] [--strict] [--colonnes <fichier.csv>]');
    expect(stdout).toContain('--arrete <date>    date d’arrêté des stocks');
    expect(stdout).toContain('--colonnes <csv>');
  });

  it('exits 2 on a wrong command line', () => {
    expect(cli('--input', 'x').status).toBe(2);
    expect(cli('--bogus').stderr).toBe('Erreur : option inconnue « --bogus » : voir npm run pipeline -- --help.\n');
  });

  it('prints per-file progress, a summary table and the output paths', async () => {
    const out = path.join(await tempDir(), 'out');
    const { status, stdout, stderr } = cli('--input', path.join(FIXTURE, 'input'), '--out', out);
    expect(status).toBe(0);
    expect(stderr).toContain('lu structures.csv (structures, utf-8, point-virgule)');
    expect(stderr).toContain('structures.csv : 1\u202f310 lignes, 1\u202f310 retenues, 0 rejetées');
    expect(stdout).toMatch(/structures\.csv\s+structures\s+1\u202f310\s+1\u202f310\s+0/);
    expect(stdout).toContain(`${out}/tables/remunerations.csv (9 lignes)`);
    expect(stdout).toContain(`${out}/rejects.csv (0 lignes rejetées)`);
  });

  it('exits 3 with the file and what to do on a file-level error', async () => {
    const input = await inputDir({ 'structures.csv': STRUCTURES, 'notes.csv': 'a;b\n' });
    const { status, stderr } = cli('--input', input, '--out', path.join(await tempDir(), 'out'));
    expect(status).toBe(3);
    expect(stderr).toMatch(/^Erreur : notes\.csv : nom de fichier qui ne correspond à aucun jeu de données/m);
  });

  it('--strict exits 5 when a row is rejected, with the outputs written', async () => {
    const input = await inputDir({ 'structures.csv': `${STRUCTURES}\nMSP9;MSP;;X;00000;;;;actif\n` });
    const out = path.join(await tempDir(), 'out');
    expect(cli('--input', input, '--out', out).status).toBe(0);
    const strict = cli('--input', input, '--out', out, '--strict');
    expect(strict.status).toBe(5);
    expect(strict.stderr).toContain('--strict : 1 ligne(s) rejetée(s)');
    expect(existsSync(path.join(out, 'rejects.csv'))).toBe(true);
  });
});
