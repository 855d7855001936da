// Once per `vitest run`: a folder for the outputs the test files share (test/support/shared-output.ts),
// removed at the end.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'cpr-test-shared-'));
  project.provide('sharedOutputs', root);
  return () => rm(root, { recursive: true, force: true });
}
