// The text LibreOffice shows of an office file: converted headless to PDF (with its own throwaway
// profile, so concurrent conversions do not fight over one), then read with pdftotext.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** `pngPrefix`: also keep the first page as `<pngPrefix>-1.png` (pdftoppm), to look at. */
export async function officeText(file: string, pngPrefix?: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cpr-office-'));
  try {
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 120_000 });
    const pdf = path.join(dir, `${path.basename(file, path.extname(file))}.pdf`);
    if (pngPrefix) await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdf, pngPrefix]);
    const { stdout } = await run('pdftotext', ['-layout', pdf, '-']);
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
