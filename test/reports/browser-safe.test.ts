import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The dashboard bundles these modules for the browser: none may reach a Node built-in, directly
// or through what it imports. esbuild's browser platform fails on the first `node:` import.
const ROOT = path.resolve(import.meta.dirname, '../..');
const BROWSER_SAFE = [
  // The whole core, through its one entry: schemas, table declarations, formatting, geography, map
  // classes, secrecy, story, codecs and the sheet writer.
  'core/index.ts',
  'reports/map/region-map-svg.ts',
];

describe('browser-safe modules', () => {
  it.each(BROWSER_SAFE)('%s bundles for the browser without Node built-ins', async (entry) => {
    const result = await build({
      entryPoints: [path.join(ROOT, entry)],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      external: ['exceljs'],
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]!.text).not.toMatch(/from\s*["']node:/);
  });
});
