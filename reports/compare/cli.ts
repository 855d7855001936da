// `npm run compare -- --avant <run> --apres <run> [--out <dossier>] [--debug]`: what changed between
// two pipeline runs, written as comparaison.csv (machines) and exports/comparaison.csv (French
// Excel) in --out (by default the --apres folder), summed up in one French sentence.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeWriteFailure, unexpectedErrorSentence } from '../../pipeline';
import { ReportError } from '../errors';
import { isInside } from '../safe-paths';
import { compareRuns } from './compare-runs';
import { writeComparison } from './write-comparison';

const HELP = `Compare deux runs du pipeline : chiffres révisés, lignes de tableau nouvelles ou disparues,
structures entrées ou sorties, lignes rejetées corrigées ou nouvelles, contrôles résolus ou nouveaux.

Usage : npm run compare -- --avant <dossier> --apres <dossier> [--out <dossier>]

  --avant <dossier>  dossier --out du run précédent (celui de la dernière commission)
  --apres <dossier>  dossier --out du run récent
  --out <dossier>    où écrire comparaison.csv et exports/comparaison.csv (par défaut le dossier --apres)
  --debug            en cas d'erreur, affiche aussi le détail technique (pile d'appels)
  -h, --help         affiche cette aide
`;

const DEBUG = '--debug';

async function main(argv: readonly string[]): Promise<void> {
  let values: { avant?: string; apres?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { avant: { type: 'string' }, apres: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    throw new ReportError(`${(error as Error).message}\n\n${HELP}`, 2);
  }
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  if (!values.avant?.trim() || !values.apres?.trim()) throw new ReportError(`--avant <dossier> et --apres <dossier> sont obligatoires\n\n${HELP}`, 2);
  const out = path.resolve(values.out?.trim() || values.apres);
  // The earlier run is the archive of what was shown: nothing is ever written into it.
  if (isInside(path.resolve(values.avant), out)) {
    throw new ReportError(`--out ${out} : refusé, c’est le dossier --avant ou un de ses sous-dossiers ; choisissez un autre dossier`, 2);
  }
  const comparison = await compareRuns(values.avant, values.apres);
  const files = await writeComparison(out, comparison);
  process.stderr.write(`${comparison.summary}\n`);
  for (const file of files) process.stdout.write(`${file}\n`);
}

const argv = process.argv.slice(2);
main(argv.filter((arg) => arg !== DEBUG)).catch((error: unknown) => {
  if (error instanceof ReportError) {
    process.stderr.write(`compare : ${error.message.split('\n\n')[0]}\n`);
    process.exitCode = error.exitCode;
  } else {
    const out = argv[argv.indexOf('--out') + 1] ?? '--out';
    process.stderr.write(
      `compare : ${describeWriteFailure(error, out, 'les fichiers déjà présents sont intacts') ?? unexpectedErrorSentence(error, 'en comparant les deux runs', DEBUG)}\n`,
    );
    process.exitCode = 1;
  }
  if (argv.includes(DEBUG)) process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
});
