// `npm run report -- --out <dir> [--from <dir>] [--region <code>] [--year <yyyy>] [--secret <n>]`
// The only place that prints errors and chooses the exit status.
import { ReportError } from './errors';
import { generateReport } from './generate-report';
import { HELP, parseReportArgs } from './options';

async function main(argv: readonly string[]): Promise<number> {
  const options = parseReportArgs(argv);
  if (!options) {
    process.stdout.write(HELP);
    return 0;
  }
  const result = await generateReport(options, { log: (line) => process.stderr.write(`${line}\n`) });
  for (const file of [result.deck, result.workbook, ...result.csv]) process.stdout.write(`${file}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ReportError) {
      process.stderr.write(`report : ${error.message}\n`);
      process.exitCode = error.exitCode;
    } else {
      process.stderr.write(`report : erreur inattendue\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
