import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One pipeline run per fixture and one build per dashboard variant for the whole run, shared by
    // the test files that read them (test/support/shared-output.ts).
    globalSetup: ['test/support/global-setup.ts'],
    // Browser, office-suite and pipeline runs are real processes: give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
