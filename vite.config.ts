// Builds the dashboard (dashboard/) into dist/, with the data of one pipeline output folder bundled
// in: CPR_OUT=<out> (default out/sample). base './' makes every URL relative, so dist/ works from any
// static server under any sub-path, and nothing is fetched from elsewhere.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { projectDepartements, type DepartementsTopology } from './data/geo/project-departements.js';

const repoRoot = path.dirname(fileURLToPath(import.meta.url));
const VIRTUAL_ID = 'virtual:cpr-data';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const MAP_ID = 'virtual:cpr-map';
const RESOLVED_MAP_ID = `\0${MAP_ID}`;

interface RunJson {
  generatedAt?: string;
  referenceYear?: number;
  arrete?: string;
  regions?: string[];
}

async function readRun(file: string) {
  try {
    const run = JSON.parse(await readFile(file, 'utf8')) as RunJson;
    return { generatedAt: run.generatedAt ?? null, referenceYear: run.referenceYear ?? null, arrete: run.arrete ?? null, regions: run.regions ?? [] };
  } catch {
    return { generatedAt: null, referenceYear: null, arrete: null, regions: [] };
  }
}

/** Serves `virtual:cpr-data` from `<out>/dashboard/data.json` and `<out>/run.json`. */
function cprData(outDir: string): Plugin {
  const dataFile = path.join(outDir, 'dashboard', 'data.json');
  const runFile = path.join(outDir, 'run.json');
  return {
    name: 'cpr-data',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      let text: string;
      try {
        text = await readFile(dataFile, 'utf8');
      } catch {
        throw new Error(
          `No dashboard data in ${dataFile}: run the pipeline first (npm run pipeline -- --input <dir> --out ${outDir}) or set CPR_OUT to its output folder.`,
        );
      }
      this.addWatchFile(dataFile);
      JSON.parse(text); // fail the build here rather than in the browser
      // JSON.parse of a string literal is faster for V8 to load than the same data as a JS object literal.
      return [
        `export const data = JSON.parse(${JSON.stringify(text)});`,
        `export const run = ${JSON.stringify(await readRun(runFile))};`,
      ].join('\n');
    },
  };
}

/** Serves `virtual:cpr-map`: the committed department shapes, projected at build time. */
function cprMap(): Plugin {
  const file = path.join(repoRoot, 'data', 'geo', 'departements.topo.json');
  return {
    name: 'cpr-map',
    resolveId: (id) => (id === MAP_ID ? RESOLVED_MAP_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_MAP_ID) return undefined;
      this.addWatchFile(file);
      const projected = projectDepartements(JSON.parse(await readFile(file, 'utf8')) as DepartementsTopology);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(projected))});`;
    },
  };
}

export default defineConfig((): UserConfig => {
  const outDir = path.resolve(process.env.CPR_OUT ?? path.join(repoRoot, 'out', 'sample'));
  return {
    root: path.join(repoRoot, 'dashboard'),
    base: './',
    publicDir: false,
    plugins: [cprData(outDir), cprMap()],
    build: {
      outDir: path.join(repoRoot, 'dist'),
      emptyOutDir: true,
      target: 'es2022',
      // exceljs is only in the lazily loaded XLSX chunk; its size there is expected.
      chunkSizeWarningLimit: 1200,
    },
    preview: { host: '127.0.0.1' },
    server: { host: '127.0.0.1' },
  };
});
