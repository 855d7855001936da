import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One pipeline run per fixture and one build per dashboard variant for the whole run, shared by
    // the test files that read them (test/support/shared-output.ts).
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/setup.ts'],
    // Browser, office-suite and pipeline runs are real processes: give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Two test files at a time, one per core: each file works in temp folders of its own, on random
    // ports, with a LibreOffice profile of its own, and reads the shared outputs without changing them.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
