import { defineConfig } from 'vitest/config';

/** Test files that replace a module (vi.mock): they need a module graph of their own. */
const MOCKING = ['test/dashboard/partner-guard.test.ts', 'test/reports/secrecy-guard.test.ts', 'test/secrecy/audit-stamp.test.ts'];

export default defineConfig({
  test: {
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
    projects: [
      {
        extends: true,
        // The files share their worker's modules (DuckDB, exceljs, pptxgenjs, playwright… imported
        // once per worker, not once per file): no test file mocks a module or changes global state.
        test: { name: 'shared-modules', include: ['test/**/*.test.ts'], exclude: MOCKING, isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: MOCKING } },
    ],
  },
});
