// LibreOffice and poppler in tests: office files converted to PDF by a real office suite, the PDF
// read back as a person would see its text.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { plainSpaces } from './report-run';

export const run = promisify(execFile);

/** Converts `files` to PDF into `outDir` with a throw-away LibreOffice profile. */
export async function convertToPdf(files: readonly string[], outDir: string): Promise<void> {
  const profile = await mkdtemp(path.join(tmpdir(), 'reports-lo-profile-'));
  try {
    await mkdir(outDir, { recursive: true });
    await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
      timeout: 240_000,
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** The PDF's text (one page, or all), spaces made plain and runs of them collapsed. */
export async function pdfText(pdf: string, page?: number): Promise<string> {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const { stdout } = await run('pdftotext', [...range, '-layout', pdf, '-'], { maxBuffer: 32 * 1024 * 1024 });
  return plainSpaces(stdout).replace(/[ \t]+/g, ' ');
}
