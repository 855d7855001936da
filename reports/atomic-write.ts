// Writes a file whole or not at all: the bytes go to a temporary file beside the target, then a
// rename (atomic on one file system) replaces the target. A reader never sees half a workbook.
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ReportError } from './errors';

export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') {
      throw new ReportError(`${target} : un dossier porte le nom de ce fichier ; déplacez ce dossier, puis relancez`);
    }
    throw error;
  }
}
