// Performance budget of the dashboard's first view, measured in Debian's headless Chromium on the
// built site served gzipped from a local static server (as an intranet server would):
//   - bytes transferred until the page is idle (HTML, JS, CSS and the first section's table, the only
//     one a first view loads: each table is a chunk of its own, `donnees-<table>-<hash>.js`): target ≤ 300 KB;
//   - time from navigation start to the first frame painted with the map: target < 1 s;
//   - time to open the section with the largest table (click to the first frame painted with it, its
//     chunk loaded and decoded): reported;
//   - time to render the structure list of the department with the most structures (remuneration
//     section, latest year): target < 200 ms (the list's chunk loads before; its load is reported apart).
//
//   npm run perf:dashboard            (data from CPR_OUT, default out/sample; else the IDF fixture)
//   RUNS=9 npm run perf:dashboard
// A script, not a test: timings on a shared 2-core machine are reported, never asserted in CI.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { decodeStructureRows, STRUCTURE_ROWS_DIR } from '../core';
import { buildDashboard, launchChromium, type SentFile, serveStatic } from '../dashboard';
import { runPipeline, silentLogger } from '../pipeline';

const BYTES_BUDGET = 300 * 1024;
const TIME_BUDGET_MS = 1000;
const LIST_BUDGET_MS = 200;
const LIST_TABLE = 'remunerations';

/** The department with the most structure rows in the latest year of the table's list. */
async function largestDepartement(out: string): Promise<{ code: string; rows: number } | null> {
  const file = path.join(out, 'dashboard', STRUCTURE_ROWS_DIR, `${LIST_TABLE}.json`);
  if (!existsSync(file)) return null;
  const rows = decodeStructureRows(JSON.parse(await readFile(file, 'utf8')))[LIST_TABLE] ?? [];
  const last = Math.max(...rows.map((row) => Number(row.keys.annee)));
  const counts = new Map<string, number>();
  for (const row of rows) if (Number(row.keys.annee) === last) counts.set(row.departement, (counts.get(row.departement) ?? 0) + 1);
  const [code, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return code ? { code, rows: count! } : null;
}
const runs = Number(process.env.RUNS ?? 5);

const TABLE_CHUNK = /^donnees-([a-z_]+)-[\w-]+\.js$/;

/** The built table chunks, gzipped size each, largest first. */
async function tableChunks(dist: string): Promise<{ table: string; bytes: number }[]> {
  const files = (await readdir(path.join(dist, 'assets'))).filter((file) => TABLE_CHUNK.test(file));
  const chunks = await Promise.all(
    files.map(async (file) => ({ table: TABLE_CHUNK.exec(file)![1]!, bytes: gzipSync(await readFile(path.join(dist, 'assets', file)), { level: 6 }).length })),
  );
  return chunks.sort((a, b) => b.bytes - a.bytes);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  const work = await mkdtemp(path.join(os.tmpdir(), 'cpr-dashboard-perf-'));
  try {
    let out = path.resolve(process.env.CPR_OUT ?? 'out/sample');
    if (!existsSync(path.join(out, 'dashboard', 'data.json'))) {
      console.error(`${out} has no dashboard data: using the IDF fixture through the pipeline instead.`);
      out = path.join(work, 'out');
      await runPipeline({ input: path.resolve(import.meta.dirname, '../../shared/fixtures/idf-2023/input'), out, log: silentLogger });
    }
    const dist = path.join(work, 'dist');
    await buildDashboard(out, dist);
    const server = await serveStatic(dist, '/cpr/');
    const browser = await launchChromium();
    const times: number[] = [];
    const totals: number[] = [];
    const listTimes: number[] = [];
    const listLoads: number[] = [];
    const largest = await largestDepartement(out);
    const chunks = await tableChunks(dist);
    const biggest = chunks[0];
    const openTimes: number[] = [];
    let files: SentFile[] = [];
    try {
      for (let run = 0; run < runs; run++) {
        // A fresh context per run: empty cache, as for a first visit.
        const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
        const page = await context.newPage();
        server.sent.length = 0;
        await page.goto(server.url, { waitUntil: 'networkidle' });
        await page.waitForFunction(() => performance.getEntriesByName('cpr:map-drawn').length > 0);
        times.push(await page.evaluate(() => performance.getEntriesByName('cpr:map-drawn')[0]!.startTime));
        files = [...server.sent];
        totals.push(files.reduce((sum, file) => sum + file.bytes, 0));
        // Then the section of the largest table: its chunk loads when it opens.
        if (biggest) {
          // A string, not a function: tsx would wrap the inner arrow functions in a helper the page lacks.
          const opened = `new Promise((resolve) => {
            const start = performance.now();
            document.querySelector('.sections a[data-section="${biggest.table}"]').click();
            const check = () => new URLSearchParams(window.location.search).get('rubrique') === '${biggest.table}'
              ? requestAnimationFrame(() => resolve(performance.now() - start))
              : requestAnimationFrame(check);
            check();
          })`;
          openTimes.push(await page.evaluate<number>(opened));
        }
        await context.close();
      }
      for (let run = 0; largest && run < runs; run++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
        const page = await context.newPage();
        await page.goto(`${server.url}?region=FR&rubrique=${LIST_TABLE}`, { waitUntil: 'networkidle' });
        const started = await page.evaluate((code) => {
          const button = document.querySelector<HTMLButtonElement>(`table[data-table="par-departement"] tr[data-code="${code}"] button[data-structures-of]`)!;
          const now = performance.now();
          button.click();
          return now;
        }, largest.code);
        await page.waitForSelector('section.structures table');
        listTimes.push(await page.evaluate(() => performance.getEntriesByName('cpr:structures-rendered').at(-1)!.duration));
        listLoads.push(await page.evaluate((start) => performance.getEntriesByName('cpr:structures-rendered').at(-1)!.startTime - start, started));
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }

    const data = await readFile(path.join(out, 'dashboard', 'data.json'));
    console.log(
      `Data: ${out}/dashboard/data.json, ${kb(data.length)} (${kb(gzipSync(data).length)} gzipped), one chunk per table (${kb(chunks.reduce((sum, chunk) => sum + chunk.bytes, 0))} gzipped in all, the largest ${biggest ? `${biggest.table} ${kb(biggest.bytes)}` : 'none'}), each loaded when its section opens.`,
    );
    console.log(`First view of ${server.url} (last of ${runs} cold loads):`);
    for (const file of files) console.log(`  ${file.path.padEnd(48)} ${kb(file.bytes).padStart(10)}${file.gzip ? ' gzip' : ''}`);
    const bytes = median(totals);
    const time = median(times);
    console.log(`Bytes transferred (median): ${kb(bytes)} – budget ${kb(BYTES_BUDGET)}: ${bytes <= BYTES_BUDGET ? 'OK' : 'OVER'}`);
    console.log(
      `Map drawn after (median of ${runs}): ${time.toFixed(0)} ms [${times.map((t) => t.toFixed(0)).join(', ')}] – budget ${TIME_BUDGET_MS} ms: ${time < TIME_BUDGET_MS ? 'OK' : 'OVER'}`,
    );
    if (biggest) {
      console.log(
        `Section of the largest table (${biggest.table}, ${kb(biggest.bytes)} gzipped) opened after the first view in (median of ${runs}): ${median(openTimes).toFixed(0)} ms [${openTimes.map((t) => t.toFixed(0)).join(', ')}] (click to the first frame painted with it)`,
      );
    }
    if (largest) {
      const list = median(listTimes);
      console.log(
        `Structure list of ${largest.code} (${largest.rows} structures, ${LIST_TABLE}, latest year) rendered in (median of ${runs}): ${list.toFixed(0)} ms [${listTimes.map((t) => t.toFixed(0)).join(', ')}] – target ${LIST_BUDGET_MS} ms: ${list < LIST_BUDGET_MS ? 'OK' : 'OVER'}; click to render start (chunk load and decode): ${median(listLoads).toFixed(0)} ms`,
      );
    } else {
      console.log('No structure list in this output (partner build or no structures/ folder): list timing skipped.');
    }
    if (bytes > BYTES_BUDGET || time >= TIME_BUDGET_MS) process.exitCode = 1;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
