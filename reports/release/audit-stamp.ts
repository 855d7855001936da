// What a register says of masks already audited: a hash of the data, the threshold, the masked
// cells and the code that audits them. Both audits are deterministic, so the same masks on the
// same tables under the same code can only pass again: a later output of the release reads the
// stamp instead of running them (on national data, minutes each time). Any change to a masked
// cell, to the tables, or to the secrecy code (core, these release modules, any pinned package)
// gives another stamp, and the masks are audited again. It guards against changes, not against
// someone forging a stamp on purpose: the register itself is a file of the fund's own folder.
import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

let version: Promise<string> | undefined;

/** A digest of the sources that decide and audit masks, read once a process. */
function codeVersion(): Promise<string> {
  version ??= (async () => {
    const hash = createHash('sha256');
    const here = import.meta.dirname;
    for (const dir of [path.resolve(here, '../../core'), here]) {
      const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.ts')).sort();
      for (const file of files) hash.update(`${file}\n`).update(await readFile(path.join(dir, file)));
    }
    // Every pinned package: the solver, and what shapes the systems (the geography that says
    // which department is in which region, the CSV parser of the tables).
    // Without the lock file, no stamp can vouch for anything: every output is audited.
    hash.update(await readFile(path.resolve(here, '../../package-lock.json')).catch(() => randomUUID()));
    return hash.digest('hex');
  })();
  return version;
}

export async function auditStamp(data: string, threshold: number, cells: readonly (readonly string[])[]): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([await codeVersion(), data, threshold]));
  for (const cell of cells) hash.update(`\n${JSON.stringify(cell)}`);
  return hash.digest('hex');
}
