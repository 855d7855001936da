// The identity of a release's data: a hash of the published tables' bytes. A register made on other
// tables (the folder's tables changed or were copied over) is never taken for this one.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { TABLE_NAMES } from '../../core';

export async function dataDigest(runDir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const name of TABLE_NAMES) {
    hash.update(`${name}\n`);
    hash.update(await readFile(path.join(runDir, 'tables', `${name}.csv`)));
  }
  return hash.digest('hex');
}
