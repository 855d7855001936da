// `npm run report -- --out <dir> [--from <dir>] [--region <code> | --regions toutes|<codes>] [--year <yyyy>] [--secret <n>] [--debug]`
// The only place that prints errors and chooses the exit status: one French sentence per error,
// the stack trace only with --debug.
import { describeWriteFailure, frenchArgumentError, UsageError, unexpectedErrorSentence } from '../pipeline';
import { ReportError } from './errors';
import { generateReport } from './generate-report';
import { HELP, parseReportArgs } from './options';
import { generateRegionReports } from './regions/generate-regions';

const DEBUG = '--debug';

async function main(argv: readonly string[]): Promise<number> {
  const options = parseReportArgs(argv);
  if (!options) {
    process.stdout.write(HELP);
    return 0;
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  if (options.regions) {
    const batch = await generateRegionReports({ ...options, regions: options.regions }, { log });
    // Every file written, as a single report lists its own.
    for (const report of batch.reports) for (const file of [report.deck, report.workbook, ...report.csv]) process.stdout.write(`${file}\n`);
    process.stdout.write(`${batch.index.csv}\n${batch.index.html}\n`);
    for (const failure of batch.failed) {
      process.stderr.write(`report : ${failure.code} ${failure.name} en échec : ${failure.reason}\n`);
      if (debug && failure.trace) process.stderr.write(`${failure.trace}\n`);
    }
    return batch.failed.length > 0 ? 1 : 0;
  }
  const result = await generateReport(options, { log });
  for (const file of [result.deck, result.workbook, ...result.csv]) process.stdout.write(`${file}\n`);
  return 0;
}

/** The message of a report error as one sentence: its first paragraph (usage errors carry the help after). */
function sentence(error: ReportError): string {
  const first = frenchArgumentError(error.message.split('\n\n')[0]!.trim());
  return error.exitCode === 2 && error.message.includes('\n\n') ? `${first} (npm run report -- --help pour l’aide)` : first;
}

const argv = process.argv.slice(2);
const debug = argv.includes(DEBUG);
main(argv.filter((arg) => arg !== DEBUG)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const at = argv.indexOf('--out');
    const out = (at >= 0 ? argv[at + 1] : argv.find((arg) => arg.startsWith('--out='))?.slice(6)) ?? '--out';
    if (error instanceof ReportError) {
      process.stderr.write(`report : ${sentence(error)}\n`);
      process.exitCode = error.exitCode;
    } else if (error instanceof UsageError) {
      // SOURCE_DATE_EPOCH unreadable: a problem of the command's environment, said as such.
      process.stderr.write(`report : ${error.message}\n`);
      process.exitCode = error.exitCode;
    } else {
      const write = describeWriteFailure(error, out, 'les fichiers déjà présents sont intacts');
      process.stderr.write(`report : ${write ?? unexpectedErrorSentence(error, `en produisant le rapport dans ${out}`, DEBUG)}\n`);
      process.exitCode = 1;
    }
    if (debug) process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  },
);
