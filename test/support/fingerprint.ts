// What a shared test output held when it was made, and what changed in it since: a test that
// writes into a shared output would make the others' results depend on the order of the files.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Beside each shared output `<key>`, its fingerprint as made: `<key>.manifest.json`. */
export const MANIFEST = '.manifest.json';

/** Path → SHA-256 of every file under `dir`. */
export async function fingerprint(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  const result: Record<string, string> = {};
  for (const file of files) {
    result[path.relative(dir, file)] = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  }
  return result;
}

/** What changed in the shared output `dir` since it was made: one line per file, `<key>/<file> changed`. */
export async function changesIn(dir: string, key: string): Promise<string[]> {
  const before = JSON.parse(await readFile(`${dir}${MANIFEST}`, 'utf8')) as Record<string, string>;
  const after = await fingerprint(dir);
  const changes: string[] = [];
  for (const file of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (before[file] === after[file]) continue;
    const what = before[file] === undefined ? 'added' : after[file] === undefined ? 'removed' : 'changed';
    changes.push(`${key}/${file} ${what}`);
  }
  return changes;
}
