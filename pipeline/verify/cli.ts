// `npm run verify -- --deck <chiffres.csv> [--from <dossier>] [--csv <fichier>]`: checks the figures
// of a published deck against the tables of a pipeline run. The only place that prints and chooses
// the exit status.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readPublishedTables } from '../publish';
import { verifyDeck } from './compare';
import { DeckFileError, parseDeckFigures } from './deck-figures';
import { verificationCsv, verificationText } from './report';

const HELP = `Usage : npm run verify -- --deck <chiffres.csv> [--from <dossier>] [--csv <fichier>]

Compare les chiffres d’un deck déjà publié, saisis dans un CSV, aux tableaux calculés par le pipeline.
  --deck <fichier>   chiffres du deck : table;niveau;code;annee;type_structure;colonne;valeur
                     (valeur telle qu’affichée : 13 295 968,61 € ou 57,5 %)
  --from <dossier>   sortie du pipeline (--out) ; défaut : out/sample
  --csv <fichier>    résultat pour Excel ; défaut : <dossier>/verification-<deck>.csv

Un chiffre est conforme s’il diffère de la donnée de moins d’une unité de son dernier chiffre affiché
(arrondi ou tronqué). Chaque chiffre différent est listé avec les deux valeurs et sa cause probable.
Exemple : npm run verify -- --deck data/examples/deck-idf-juin-2024.csv --from <sortie du fixture>

Codes de sortie : 0 tout est conforme, 1 des chiffres diffèrent ou sont introuvables,
2 ligne de commande incorrecte, 3 fichier illisible.`;

class UsageError extends Error {
  readonly exitCode = 2;
}

const OPTIONS = { deck: { type: 'string' }, from: { type: 'string' }, csv: { type: 'string' }, help: { type: 'boolean', default: false } } as const;

function parseOptions(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${HELP}`);
  }
}

async function main(argv: string[]): Promise<number> {
  const values = parseOptions(argv);
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (!values.deck) throw new UsageError(`--deck est obligatoire.\n\n${HELP}`);
  const from = path.resolve(values.from ?? 'out/sample');
  const deckText = await readFile(values.deck, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new DeckFileError(`${values.deck} : fichier illisible (${error.code ?? error.message}).`);
  });
  const figures = parseDeckFigures(deckText, path.basename(values.deck));
  const tables = await readPublishedTables(from).catch(() => {
    throw new DeckFileError(`${from} : pas de tableaux calculés (tables/*.csv) ; lancer d’abord npm run pipeline -- --input <exports> --out ${from}.`);
  });
  const findings = verifyDeck(tables, figures);
  process.stdout.write(verificationText(findings, path.basename(values.deck)));
  const csv = path.resolve(values.csv ?? path.join(from, `verification-${path.basename(values.deck, path.extname(values.deck))}.csv`));
  await writeFile(csv, verificationCsv(findings)).catch((error: NodeJS.ErrnoException) => {
    const why =
      error.code === 'ENOSPC' ? 'disque plein' : error.code === 'EACCES' || error.code === 'EROFS' ? 'dossier en lecture seule' : (error.code ?? error.message);
    throw new DeckFileError(`${csv} : écriture impossible (${why}) ; choisir un autre fichier avec --csv.`);
  });
  process.stdout.write(`\nRésultat pour Excel : ${csv}\n`);
  return findings.every((f) => f.verdict === 'conforme') ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof DeckFileError) {
      process.stderr.write(`Erreur : ${error.message}\n`);
      process.exit(error.exitCode);
    }
    process.stderr.write(`Erreur inattendue : ${process.env.CPR_DEBUG ? ((error as Error).stack ?? String(error)) : (error as Error).message}\n`);
    process.exit(1);
  },
);
