// Once per `vitest run`: a folder for the outputs the test files share (test/support/shared-output.ts),
// removed at the end; the run fails if a test changed one of them.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { changedSharedOutputs } from './fingerprint';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'cpr-test-shared-'));
  project.provide('sharedOutputs', root);
  return async () => {
    try {
      const changes = await changedSharedOutputs(root);
      if (changes.length > 0) {
        throw new Error(`a test changed the shared test outputs (copy one before changing it):\n${changes.slice(0, 20).join('\n')}`);
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  };
}
