// `npm run pipeline -- --input <dir> --out <dir> [--strict] [--colonnes <csv>] [--debug]`: the only
// place that prints a run and turns its errors into an exit status (one French sentence each; the
// stack trace only with --debug).
import { parseArgs } from 'node:util';
import { formatInteger } from '../core';
import { parseArrete } from './arrete';
import {
  describeWriteFailure,
  frenchArgumentError,
  InternalError,
  isPipelineError,
  OutputWriteError,
  StrictModeError,
  UsageError,
  unexpectedErrorSentence,
} from './errors';
import type { RunEvent } from './log';
import { releaseOpenOutputs } from './publish';
import { delimiterName } from './read';
import { type RunSummary, runPipeline } from './run';

const HELP = `Usage : npm run pipeline -- --input <dossier> --out <dossier> [--arrete AAAA-MM-JJ] [--strict] [--colonnes <fichier.csv>]

Lit les exports CSV du dossier --input (structures, patientele, remunerations, professionnels,
cpts_communes, depistage, indicateurs, indicateurs_territoriaux : <jeu>.csv ou <jeu>_<suffixe>.csv),
contrôle chaque ligne, calcule les
tableaux de la Commission Paritaire Régionale et remplace le dossier --out d’un seul coup :
  tables/<tableau>.csv et .parquet   tableaux pour les machines (virgule, point décimal)
  exports/<tableau>.csv              tableaux pour Excel (point-virgule, virgule décimale)
  rejects.csv                        lignes rejetées : fichier, ligne, colonne, valeur, raison
  exports/rejets.csv                 les mêmes lignes, pour Excel
  controles.csv                      contrôles croisés entre exports (erreur ou alerte)
  warehouse.duckdb                   entrepôt DuckDB (données retenues, géographie, tableaux)
  detail/<tableau>.csv               structures derrière chaque chiffre départemental (leur
                                     somme redonne le chiffre, vérifié à chaque exécution)
  dashboard/                         données du tableau de bord
  run.json                           ce que l’exécution a lu et produit

Options :
  --input <dossier>  dossier des exports CSV
  --out <dossier>    dossier de sortie (nouveau, vide, ou sortie d’une exécution précédente)
  --arrete <date>    date d’arrêté des stocks (contrats actifs, CPTS par étape, centres actifs ;
                     adhésions de son année comptées jusqu’à elle), AAAA-MM-JJ ; par défaut la
                     date la plus récente des exports, sinon le 31/12 de la dernière année
  --strict           code de sortie non nul si une ligne est rejetée ou si un contrôle croisé
                     trouve une erreur (les sorties sont écrites)
  --colonnes <csv>   en-têtes propres à vos exports, une ligne « dataset,libelle,colonne » chacun
                     (ex. « structures,Code établissement,id_structure ») ; voir docs/pipeline.md
  --debug            en cas d’erreur, affiche aussi le détail technique (pile d’appels)
  --help             cette aide

Codes de sortie : 0 terminé (même avec des lignes rejetées), 2 ligne de commande incorrecte,
3 fichier inutilisable (structures.csv absent, export qui n’est pas un CSV, plus de la moitié des
lignes d’un fichier rejetées : rien n’est écrit), 4 dossier de sortie occupé, 5 lignes rejetées ou
erreur de contrôle avec --strict, 6 écriture impossible (disque plein, dossier en lecture seule,
droits), 1 erreur inattendue.`;

const write = (text: string) => process.stderr.write(`${text}\n`);

function show(event: RunEvent): void {
  switch (event.kind) {
    case 'step':
      write(`… ${event.message}`);
      break;
    case 'read':
      write(`lu ${event.file} (${event.dataset}, ${event.encoding}, ${delimiterName(event.delimiter)})`);
      break;
    case 'checked': {
      const { input } = event;
      write(`   ${input.file} : ${formatInteger(input.rows)} lignes, ${formatInteger(input.kept)} retenues, ${formatInteger(input.rejected)} rejetées`);
      if (input.aliases.length > 0) write(`   ${input.file} : en-têtes reconnus : ${aliasList(input)}`);
      if (input.ignoredColumns.length > 0) write(`   ${input.file} : colonnes ignorées : ${input.ignoredColumns.join(', ')}`);
      if (input.carriageReturns) write(`   ${carriageReturnLine(input)}`);
      break;
    }
  }
}

function aliasList(input: RunSummary['inputs'][number]): string {
  return input.aliases.map((alias) => `« ${alias.label} » → ${alias.column}${alias.source === 'fichier' ? ' (--colonnes)' : ''}`).join(', ');
}

/** The alerte of the rows whose free text held a lone CR, kept as a space. */
function carriageReturnLine(input: RunSummary['inputs'][number]): string {
  const { rows, lines, columns } = input.carriageReturns!;
  const more = rows > lines.length ? '…' : '';
  return (
    `Alerte : ${input.file} : ${formatInteger(rows)} ligne(s) retenue(s) malgré un retour chariot isolé (CR) dans le texte libre ` +
    `(${columns.join(', ')}), remplacé par une espace, ligne(s) ${lines.join(', ')}${more} : vérifier ces textes dans l’export source`
  );
}

function summaryTable(summary: RunSummary): string {
  const rows = [
    ['fichier', 'jeu', 'lues', 'retenues', 'rejetées'],
    ...summary.inputs.map((input) => [input.file, input.dataset, formatInteger(input.rows), formatInteger(input.kept), formatInteger(input.rejected)]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) => row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
  lines.splice(1, 0, widths.map((width) => '─'.repeat(width)).join('  '));
  return lines.join('\n');
}

function controlsLine(summary: RunSummary): string {
  const { counts, skipped } = summary.controls;
  const line = `${summary.out}/controles.csv (contrôles croisés : ${formatInteger(counts.erreur)} erreur(s), ${formatInteger(counts.alerte)} alerte(s))`;
  const notRun = skipped.map((control) => `${control.name} non exécuté, faute de ${control.missing.join(', ')}`);
  return [line, ...notRun.map((text) => `  ${text}`)].join('\n');
}

const OPTIONS = {
  input: { type: 'string' },
  out: { type: 'string' },
  arrete: { type: 'string' },
  strict: { type: 'boolean', default: false },
  colonnes: { type: 'string' },
  debug: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

function parseOptions(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true }).values;
  } catch (error) {
    throw new UsageError(`${frenchArgumentError((error as Error).message)} : voir npm run pipeline -- --help.`);
  }
}

async function main(argv: string[]): Promise<number> {
  const values = parseOptions(argv);
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (!values.input || !values.out) throw new UsageError('--input et --out sont obligatoires : voir npm run pipeline -- --help.');

  const arrete = values.arrete === undefined ? undefined : parseArrete(values.arrete);
  const summary = await runPipeline({
    input: values.input,
    out: values.out,
    log: show,
    ...(values.colonnes === undefined ? {} : { columnMapping: values.colonnes }),
    ...(arrete ? { arrete } : {}),
  });
  process.stdout.write(`\n${summaryTable(summary)}\n\n`);
  const { absent } = summary.manifest;
  // An optional export not given: its tables are empty, which must not be read as zeros.
  if (absent.length > 0) process.stdout.write(`Jeux de données non fournis : ${absent.join(', ')}\n\n`);
  const carriageReturns = summary.inputs.filter((input) => input.carriageReturns);
  for (const input of carriageReturns) process.stdout.write(`${carriageReturnLine(input)}\n`);
  if (carriageReturns.length > 0) process.stdout.write('\n');
  const aliased = summary.inputs.filter((input) => input.aliases.length > 0);
  if (aliased.length > 0) {
    process.stdout.write('En-têtes lus sous un autre nom :\n');
    for (const input of aliased) process.stdout.write(`  ${input.file} : ${aliasList(input)}\n`);
    process.stdout.write('\n');
  }
  process.stdout.write(`Sorties dans ${summary.out} :\n`);
  for (const table of summary.tables) process.stdout.write(`  ${table.csv} (${formatInteger(table.rows)} lignes)\n`);
  process.stdout.write(`  ${summary.out}/rejects.csv (${formatInteger(summary.rejected)} lignes rejetées)\n`);
  process.stdout.write(`  ${summary.out}/exports/rejets.csv (les mêmes, pour Excel)\n`);
  process.stdout.write(`  ${summary.out}/detail/ (structures derrière les chiffres départementaux)\n`);
  process.stdout.write(`  ${summary.out}/warehouse.duckdb\n`);
  process.stdout.write(`  ${controlsLine(summary)}\n`);
  const { erreur } = summary.controls.counts;
  if (values.strict && (summary.rejected > 0 || erreur > 0)) {
    const problems = [
      ...(summary.rejected > 0 ? [`${formatInteger(summary.rejected)} ligne(s) rejetée(s), voir ${summary.out}/rejects.csv`] : []),
      ...(erreur > 0 ? [`${formatInteger(erreur)} erreur(s) de contrôle, voir ${summary.out}/controles.csv`] : []),
    ];
    throw new StrictModeError(`--strict : ${problems.join(' ; ')}.`);
  }
  return 0;
}

// Ctrl-C or a kill: remove the half-written staging folder and the lock, keep the last good output.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    releaseOpenOutputs();
    write(`Interrompu (${signal}) : le dossier de sortie précédent est intact.`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

/** The value of `--name` on the command line, for the error message of a run that failed. */
function optionValue(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index >= 0 ? argv[index + 1] : argv.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
}

function asPipelineError(error: unknown, argv: readonly string[]): Error & { exitCode: number } {
  if (isPipelineError(error)) return error;
  // Its sentence, starting with « Erreur interne », says what differs and that nothing was published.
  if (error instanceof InternalError) return error;
  const out = optionValue(argv, '--out') ?? '--out';
  const write = describeWriteFailure(error, out, 'la sortie précédente est intacte');
  if (write) return new OutputWriteError(write);
  const input = optionValue(argv, '--input');
  return Object.assign(new Error(unexpectedErrorSentence(error, `pendant le traitement de ${input ?? '--input'} vers ${out}`, '--debug')), { exitCode: 1 });
}

const argv = process.argv.slice(2);
main(argv).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const failure = asPipelineError(error, argv);
    // An unexpected error's sentence starts with « Erreur inattendue » on its own.
    write(isPipelineError(failure) ? `Erreur : ${failure.message}` : failure.message);
    if (argv.includes('--debug')) write(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(failure.exitCode);
  },
);
