// `npm run build [-- --secret <n>] [--out-dir <dossier>]`: builds the dashboard with Vite from the
// pipeline output named by CPR_OUT. `--secret n` builds the partner version: the masks of the
// folder's release (the same as its partner reports', written in its register) applied to the
// figures, no structure-level data and no rejected line in the built files. Vite's own CLI refuses
// unknown options, hence this small front.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { decodeDashboardData, encodeDashboardData, formatCount, REVISING, revisionCells } from '../../core';
import { processingDate } from '../../pipeline';
import { revisionsSince, runDate } from '../../reports';
import { partnerData } from './partner-data';
import { parseSecret } from './secret-option';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const HELP = `Construit le tableau de bord (dossier dist/) à partir d'un run du pipeline (CPR_OUT, par défaut out/sample).

Usage : npm run build -- [--secret <n>] [--out-dir <dossier>] [--depuis <dossier>]

  --secret <n>       version pour les partenaires : secret statistique au seuil n (comme les rapports),
                     sans liste de structures ni lignes rejetées
  --out-dir <dossier>  dossier de sortie (par défaut dist/)
  --depuis <dossier> version interne : la page Qualité des données liste aussi les chiffres
                     révisés depuis ce run (celui de la commission précédente) et les structures
                     qui les expliquent
`;

async function main(): Promise<void> {
  let values: { secret?: string; 'out-dir'?: string; depuis?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: { secret: { type: 'string' }, 'out-dir': { type: 'string' }, depuis: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(HELP);
    return;
  }
  const secret = parseSecret(values.secret);
  if (typeof secret === 'string') {
    console.error(secret);
    process.exit(2);
  }
  if (values.depuis !== undefined && secret !== undefined) {
    console.error('--depuis : les révisions nomment des structures, elles ne vont que dans la version interne (sans --secret)');
    process.exit(2);
  }
  if (secret !== undefined) process.env.CPR_SECRET = String(secret);
  else delete process.env.CPR_SECRET;
  const distDir = path.resolve(values['out-dir'] ?? path.join(repoRoot, 'dist'));
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'cpr-partner-'));
  try {
    if (secret !== undefined) await preparePartnerData(secret, distDir, scratch);
    if (values.depuis !== undefined) await prepareRevisions(values.depuis, scratch);
    else delete process.env.CPR_REVISIONS;
    await build({
      configFile: path.join(repoRoot, 'vite.config.ts'),
      logLevel: process.env.CPR_BUILD_QUIET ? 'warn' : 'info',
      build: values['out-dir'] ? { outDir: distDir, emptyOutDir: true } : {},
    });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  if (secret !== undefined) console.log(`Version partenaires : secret statistique appliqué (seuil ${secret}).`);
}

main().catch((error: unknown) => {
  console.error(process.env.CPR_DEBUG ? error : `La construction du tableau de bord a échoué : ${userMessage(error)}`);
  process.exit(1);
});

/**
 * The partner figures, masked with the release's masks (and the build written in its register),
 * for the config's data module (CPR_PARTNER_DATA). Without the pipeline's data, the config's own
 * message says what to do.
 */
async function preparePartnerData(secret: number, distDir: string, scratch: string): Promise<void> {
  const outDir = path.resolve(process.env.CPR_OUT ?? path.join(repoRoot, 'out', 'sample'));
  let text: string;
  try {
    text = await readFile(path.join(outDir, 'dashboard', 'data.json'), 'utf8');
  } catch {
    return;
  }
  const partner = await partnerData({ runDir: outDir, tables: decodeDashboardData(JSON.parse(text)), threshold: secret, distDir });
  const file = path.join(scratch, 'partner.json');
  await writeFile(file, JSON.stringify({ text: encodeDashboardData(partner.tables), masked: partner.masked }));
  process.env.CPR_PARTNER_DATA = file;
}

/** The revisions since an earlier run, as the page shows them, for the config (CPR_REVISIONS). */
async function prepareRevisions(since: string, scratch: string): Promise<void> {
  const from = path.resolve(process.env.CPR_OUT ?? path.join(repoRoot, 'out', 'sample'));
  const annex = await revisionsSince({ since, from, now: processingDate });
  // The latest year first, as in the deck's annex (a stable sort keeps the tables' order within a year).
  const changes = annex.changes.filter((change) => REVISING.has(change.nature)).sort((a, b) => (b.keys.annee ?? '').localeCompare(a.keys.annee ?? ''));
  const file = path.join(scratch, 'revisions.json');
  const summary = `${changes.length === 0 ? 'Aucun chiffre révisé' : formatCount(changes.length, 'chiffre révisé', 'chiffres révisés')} depuis la commission du ${runDate(annex.since)}.`;
  await writeFile(file, JSON.stringify({ since: runDate(annex.since), summary, rows: changes.map(revisionCells) }));
  process.env.CPR_REVISIONS = file;
}

/** The sentence of the error a plugin threw: the bundler wraps it in a report with a stack trace. */
function userMessage(error: unknown): string {
  const inner = (error as { errors?: unknown }).errors;
  if (Array.isArray(inner) && inner.length > 0) return inner.map((each) => (each as Error).message).join('\n');
  return (error as Error).message;
}
