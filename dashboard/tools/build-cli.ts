// `npm run build [-- --secret <n>] [--out-dir <dossier>]`: builds the dashboard with Vite from the
// pipeline output named by CPR_OUT. `--secret n` builds the partner version: the reports' masking
// (primary and secondary) applied to the figures, no structure-level data and no rejected line in
// the built files. Vite's own CLI refuses unknown options, hence this small front.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { parseSecret } from './secret-option';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const HELP = `Construit le tableau de bord (dossier dist/) à partir d'un run du pipeline (CPR_OUT, par défaut out/sample).

Usage : npm run build -- [--secret <n>] [--out-dir <dossier>]

  --secret <n>       version pour les partenaires : secret statistique au seuil n (comme les rapports),
                     sans liste de structures ni lignes rejetées
  --out-dir <dossier>  dossier de sortie (par défaut dist/)
`;

async function main(): Promise<void> {
  let values: { secret?: string; 'out-dir'?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: { secret: { type: 'string' }, 'out-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
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
  if (secret !== undefined) process.env.CPR_SECRET = String(secret);
  else delete process.env.CPR_SECRET;
  await build({
    configFile: path.join(repoRoot, 'vite.config.ts'),
    logLevel: process.env.CPR_BUILD_QUIET ? 'warn' : 'info',
    build: values['out-dir'] ? { outDir: path.resolve(values['out-dir']), emptyOutDir: true } : {},
  });
  if (secret !== undefined) console.log(`Version partenaires : secret statistique appliqué (seuil ${secret}).`);
}

main().catch((error: unknown) => {
  console.error(process.env.CPR_DEBUG ? error : `La construction du tableau de bord a échoué : ${userMessage(error)}`);
  process.exit(1);
});

/** The sentence of the error a plugin threw: the bundler wraps it in a report with a stack trace. */
function userMessage(error: unknown): string {
  const inner = (error as { errors?: unknown }).errors;
  if (Array.isArray(inner) && inner.length > 0) return inner.map((each) => (each as Error).message).join('\n');
  return (error as Error).message;
}
