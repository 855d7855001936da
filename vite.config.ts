// Builds the dashboard (dashboard/) into dist/, with the data of one pipeline output folder bundled
// in: CPR_OUT=<out> (default out/sample). base './' makes every URL relative, so dist/ works from any
// static server under any sub-path, and nothing is fetched from elsewhere.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import {
  DASHBOARD_CONTROLS_FILE,
  decodeDashboardData,
  encodeDashboardTable,
  isTableName,
  type PublishedTables,
  STRUCTURE_ROWS_DIR,
  TABLE_NAMES,
  type TableName,
} from './core/index.js';
import { summariseDataset } from './dashboard/src/data/summary.js';
import { parseSecret } from './dashboard/tools/secret-option.js';
import { type DepartementsTopology, projectDepartements } from './data/geo/project-departements.js';

const repoRoot = path.dirname(fileURLToPath(import.meta.url));
const VIRTUAL_ID = 'virtual:cpr-data';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** A table's chunk: `donnees-<table>-<hash>.js` in the built site. */
const TABLE_CHUNK = 'donnees-';
const STRUCTURES_ID = 'virtual:cpr-structures';
const REJECTS_ID = 'virtual:cpr-rejects';
const CONTROLS_ID = 'virtual:cpr-controls';
const REVISIONS_ID = 'virtual:cpr-revisions';
const MAP_ID = 'virtual:cpr-map';
const RESOLVED_MAP_ID = `\0${MAP_ID}`;

interface RunJson {
  generatedAt?: string;
  referenceYear?: number;
  arrete?: string;
  regions?: string[];
  rejected?: number;
  absent?: string[];
}

async function readRun(file: string) {
  try {
    const run = JSON.parse(await readFile(file, 'utf8')) as RunJson;
    return {
      generatedAt: run.generatedAt ?? null,
      referenceYear: run.referenceYear ?? null,
      arrete: run.arrete ?? null,
      regions: run.regions ?? [],
      rejected: run.rejected ?? 0,
      absent: Array.isArray(run.absent) ? run.absent.filter((name) => typeof name === 'string') : [],
    };
  } catch {
    return { generatedAt: null, referenceYear: null, arrete: null, regions: [], rejected: 0, absent: [] };
  }
}

interface PreparedData {
  readonly tables: PublishedTables;
  /** Partner build: per table, the [row, column] of each masked cell. */
  readonly masked: Partial<Record<TableName, [number, string][]>>;
}

/**
 * Serves `virtual:cpr-data` from `<out>/dashboard/data.json` and `<out>/run.json`: the run, what the
 * first view needs of every table (src/data/summary.ts) and one loader per table; and
 * `virtual:cpr-data/donnees-<table>`, a chunk per table, loaded when a section shows it. With a
 * secrecy threshold (partner build), every table chunk is made from the masked tables the build
 * command prepared (dashboard/tools/partner-data.ts), each with its own masked cells: nothing of the
 * unmasked file reaches a partner chunk.
 */
function cprData(outDir: string, secret: number | undefined): Plugin {
  const dataFile = path.join(outDir, 'dashboard', 'data.json');
  const runFile = path.join(outDir, 'run.json');
  const tablePrefix = `${VIRTUAL_ID}/${TABLE_CHUNK}`;
  let prepared: Promise<PreparedData> | undefined;
  const prepare = async (): Promise<PreparedData> => {
    let text: string;
    try {
      text = await readFile(dataFile, 'utf8');
    } catch {
      throw new Error(
        `pas de données pour le tableau de bord dans ${dataFile} : lancez d’abord le pipeline (npm run pipeline -- --input <dossier> --out ${outDir}) ou donnez son dossier de sortie dans CPR_OUT.`,
      );
    }
    const tables = decodeDashboardData(JSON.parse(text)); // fail the build here rather than in the browser
    if (secret === undefined) return { tables, masked: {} };
    // The release's masks, decided by the build command before Vite runs (build-cli.ts): the
    // config stays free of the reports' and the pipeline's modules.
    const file = process.env.CPR_PARTNER_DATA;
    if (!file) throw new Error('la version partenaires se construit avec « npm run build -- --secret <n> »');
    const partner = JSON.parse(await readFile(file, 'utf8')) as { text: string; masked: PreparedData['masked'] };
    return { tables: decodeDashboardData(JSON.parse(partner.text)), masked: partner.masked };
  };
  return {
    name: 'cpr-data',
    buildStart() {
      prepared = undefined;
    },
    resolveId: (id) => (id === VIRTUAL_ID || id.startsWith(`${tablePrefix}`) ? `\0${id}` : undefined),
    async load(id) {
      if (id !== RESOLVED_ID && !id.startsWith(`\0${tablePrefix}`)) return undefined;
      this.addWatchFile(dataFile);
      prepared ??= prepare();
      const { tables, masked } = await prepared;
      if (id === RESOLVED_ID) {
        const run = await readRun(runFile);
        const loaders = TABLE_NAMES.map((name) => `${JSON.stringify(name)}: () => import(${JSON.stringify(`${tablePrefix}${name}`)})`);
        return [
          `export const run = ${JSON.stringify(run)};`,
          `export const secrecy = ${JSON.stringify(secret === undefined ? null : { threshold: secret })};`,
          `export const summary = ${JSON.stringify(summariseDataset(tables, run))};`,
          `export const tables = {${loaders.join(', ')}};`,
        ].join('\n');
      }
      const name = id.slice(tablePrefix.length + 1);
      if (!isTableName(name)) throw new Error(`unexpected dashboard table ${name}`);
      // JSON.parse of a string literal is faster for V8 to load than the same data as a JS object literal.
      return [
        `export const data = JSON.parse(${JSON.stringify(JSON.stringify(encodeDashboardTable(name, tables[name], { dictionary: true })))});`,
        `export const masked = ${JSON.stringify(masked[name] ?? [])};`,
      ].join('\n');
    },
    // The table of the section the URL opens (the first one by default, as the page decides it,
    // src/data/load-dataset.ts) is fetched with the page's scripts rather than after them.
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return undefined;
        const files: Record<string, string> = {};
        for (const chunk of Object.values(ctx.bundle)) {
          const facade = chunk.type === 'chunk' ? chunk.facadeModuleId : null;
          if (facade?.startsWith(`\0${tablePrefix}`)) files[facade.slice(tablePrefix.length + 1)] = chunk.fileName;
        }
        const script = [
          `var f=${JSON.stringify(files)},q=new URLSearchParams(location.search),t=q.get('rubrique');`,
          `if(!q.has('vue')){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';`,
          `l.href='./'+(Object.prototype.hasOwnProperty.call(f,t)?f[t]:f[${JSON.stringify(TABLE_NAMES[0])}]);document.head.appendChild(l)}`,
        ].join('');
        // Before the page's scripts and its style sheet (a script after a style sheet waits for it),
        // after its charset (within the first 1 024 bytes).
        const tag = `<script>(function(){${script}})();</script>\n    `;
        const at = html.indexOf('<script type="module"');
        return at < 0 ? html.replace('</head>', `${tag}</head>`) : `${html.slice(0, at)}${tag}${html.slice(at)}`;
      },
    },
  };
}

/**
 * Serves `virtual:cpr-structures` (a loader per table, each a chunk of its own loaded on the first
 * drill-down), `virtual:cpr-rejects` (the run's rejected lines) and `virtual:cpr-controls` (the
 * cross-dataset controls), both loaded by the data-quality page, and `virtual:cpr-revisions` (what
 * changed since an earlier run, `npm run build -- --depuis`).
 * A partner build gets empty modules: no structure and no rejected line reaches its files.
 */
function cprDetail(outDir: string, partner: boolean): Plugin {
  const structuresDir = path.join(outDir, 'dashboard', STRUCTURE_ROWS_DIR);
  const prefix = `${STRUCTURES_ID}/`;
  return {
    name: 'cpr-detail',
    resolveId: (id) =>
      id === STRUCTURES_ID || id === REJECTS_ID || id === CONTROLS_ID || id === REVISIONS_ID || id.startsWith(prefix) ? `\0${id}` : undefined,
    async load(id) {
      if (id === `\0${STRUCTURES_ID}`) {
        if (partner) return 'export const loaders = {};';
        let files: string[] = [];
        try {
          files = (await readdir(structuresDir)).filter((file) => file.endsWith('.json')).sort();
        } catch {
          files = [];
        }
        const entries = files.map((file) => {
          const name = path.basename(file, '.json');
          return `${JSON.stringify(name)}: () => import(${JSON.stringify(`${prefix}${name}`)})`;
        });
        return `export const loaders = {${entries.join(', ')}};`;
      }
      if (id.startsWith(`\0${prefix}`)) {
        if (partner) throw new Error('structure-level data requested in a partner build');
        const name = id.slice(prefix.length + 1);
        if (!/^[a-z_0-9]+$/.test(name)) throw new Error(`unexpected structure table ${name}`);
        const file = path.join(structuresDir, `${name}.json`);
        this.addWatchFile(file);
        return `export const data = JSON.parse(${JSON.stringify(await readFile(file, 'utf8'))});`;
      }
      if (id === `\0${REJECTS_ID}`) {
        if (partner) return 'export const rejects = null;';
        let rows: Record<string, string>[] = [];
        try {
          const text = await readFile(path.join(outDir, 'rejects.csv'), 'utf8');
          rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
        } catch {
          rows = [];
        }
        const rejects = rows.map((row) => ({ file: row.file ?? '', line: Number(row.line ?? 0), column: row.column ?? '', reason: row.reason ?? '' }));
        return `export const rejects = JSON.parse(${JSON.stringify(JSON.stringify(rejects))});`;
      }
      if (id === `\0${CONTROLS_ID}`) {
        // The controls' lines name structures: internal build only, like the rejected lines.
        if (partner) return 'export const controls = null;';
        let text = 'null';
        try {
          text = await readFile(path.join(outDir, 'dashboard', DASHBOARD_CONTROLS_FILE), 'utf8');
        } catch {
          text = 'null';
        }
        return `export const controls = JSON.parse(${JSON.stringify(text)});`;
      }
      if (id === `\0${REVISIONS_ID}`) {
        // What changed since the earlier run names structures: internal build only. Prepared by the
        // build command (--depuis) in CPR_REVISIONS; absent, the page says how to ask for it.
        const file = process.env.CPR_REVISIONS;
        if (partner || !file) return `export const revisions = ${partner ? 'null' : 'undefined'};`;
        return `export const revisions = JSON.parse(${JSON.stringify(await readFile(file, 'utf8'))});`;
      }
      return undefined;
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
  const secret = parseSecret(process.env.CPR_SECRET || undefined);
  if (typeof secret === 'string') throw new Error(secret);
  return {
    root: path.join(repoRoot, 'dashboard'),
    base: './',
    publicDir: false,
    plugins: [cprData(outDir, secret), cprDetail(outDir, secret !== undefined), cprMap()],
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
