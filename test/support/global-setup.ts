// Once per `vitest run`: a folder for the outputs the test files share (test/support/shared-output.ts),
// removed at the end. In watch mode it is emptied before each rerun, so that a changed pipeline or
// dashboard is run and built again.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'cpr-test-shared-'));
  project.provide('sharedOutputs', root);
  project.onTestsRerun(async () => {
    for (const entry of await readdir(root)) await rm(path.join(root, entry), { recursive: true, force: true });
  });
  return () => rm(root, { recursive: true, force: true });
}
