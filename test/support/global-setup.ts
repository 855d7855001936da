// Once per `vitest run`: a folder for the outputs the test files share (test/support/shared-output.ts),
// removed at the end. In watch mode it is emptied before each rerun, so that a changed pipeline or
// dashboard is run and built again. Every project of vitest.config.ts runs this setup: they share
// one folder (kept on the main process's global object), so a fixture is run once for all of them.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

interface SharedRoot {
  readonly root: Promise<string>;
  users: number;
}

const KEY = Symbol.for('cpr.test.sharedOutputs');
const holder = globalThis as typeof globalThis & { [KEY]?: SharedRoot };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  holder[KEY] ??= { root: mkdtemp(path.join(os.tmpdir(), 'cpr-test-shared-')), users: 0 };
  const shared = holder[KEY];
  shared.users++;
  const root = await shared.root;
  project.provide('sharedOutputs', root);
  project.onTestsRerun(async () => {
    for (const entry of await readdir(root)) await rm(path.join(root, entry), { recursive: true, force: true });
  });
  return async () => {
    shared.users--;
    if (shared.users > 0) return;
    delete holder[KEY];
    await rm(root, { recursive: true, force: true });
  };
}
