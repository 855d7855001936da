// Golden files (test/golden/<name>.txt): a text the tests compare what they produce with, committed
// so that a change to it shows in the diff of the commit that makes it.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const GOLDEN_DIR = path.resolve(import.meta.dirname, '../../golden');

/**
 * Passes when `actual` is test/golden/<name>.txt. A missing golden file is written (locally; in CI
 * the test fails instead). On a difference, `actual` is written to <name>-changed.txt beside it
 * (gitignored) and the test fails: compare the two and, if the change is intended, copy it over.
 */
export async function expectGolden(name: string, actual: string): Promise<void> {
  const file = path.join(GOLDEN_DIR, `${name}.txt`);
  const changed = path.join(GOLDEN_DIR, `${name}-changed.txt`);
  const expected = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (expected === undefined) {
    if (process.env.CI) throw new Error(`test/golden/${name}.txt is missing: run the tests locally, which write it, then commit it`);
    await mkdir(GOLDEN_DIR, { recursive: true });
    await writeFile(file, actual);
    return;
  }
  if (expected === actual) {
    await rm(changed, { force: true });
    return;
  }
  await writeFile(changed, actual);
  throw new Error(
    `test/golden/${name}.txt no longer matches: the new text is in test/golden/${name}-changed.txt (diff -u the two); if the change is intended, move it over the golden file and commit it`,
  );
}
