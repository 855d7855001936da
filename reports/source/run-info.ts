// `<out>/run.json`, the pipeline's account of its run: checked once here, typed after.
// Browser-safe, so the dashboard could show the same provenance.
import type { InputSummary, RunManifest } from '../../pipeline';
import { ReportError } from '../errors';

/** What the reports use of an input's summary in run.json (the pipeline's `InputSummary`). */
export type RunInput = Omit<InputSummary, 'ignoredColumns' | 'aliases'>;

/** run.json as the pipeline writes it (`RunManifest`), with a missing reference year or cut-off date as undefined. */
export interface RunInfo extends Omit<RunManifest, 'referenceYear' | 'arrete' | 'inputs' | 'absent'> {
  /** Optional datasets the run had no export of (empty for an older run.json). */
  readonly absent: readonly string[];
  readonly referenceYear: number | undefined;
  /** ISO date the stocks stand at; undefined in the run.json of an older pipeline. */
  readonly arrete: string | undefined;
  readonly inputs: readonly RunInput[];
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function normalizeRunInfo(raw: unknown, where: string): RunInfo {
  const fail = (what: string): never => {
    throw new ReportError(`${where} : ${what}`);
  };
  if (!isObject(raw)) return fail('un objet JSON est attendu');
  const generatedAt = raw.generatedAt;
  if (typeof generatedAt !== 'string' || Number.isNaN(Date.parse(generatedAt))) {
    return fail(`generatedAt "${String(generatedAt)}" n’est pas une date ISO`);
  }
  const year = raw.referenceYear ?? undefined;
  if (year !== undefined && !(Number.isInteger(year) && (year as number) > 1900)) {
    fail(`referenceYear "${String(year)}" n’est pas une année`);
  }
  const arrete = raw.arrete ?? undefined;
  if (arrete !== undefined && !(typeof arrete === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(arrete))) {
    fail(`arrete "${String(arrete)}" n’est pas une date AAAA-MM-JJ`);
  }
  const regions = raw.regions ?? [];
  if (!Array.isArray(regions) || !regions.every((code) => typeof code === 'string')) {
    fail('regions doit être une liste de codes de région');
  }
  const inputs = raw.inputs ?? [];
  if (!Array.isArray(inputs)) fail('inputs doit être une liste');
  const count = (value: unknown, field: string): number => {
    if (value === undefined) return 0;
    if (!Number.isInteger(value) || (value as number) < 0) fail(`${field} "${String(value)}" n’est pas un nombre de lignes`);
    return value as number;
  };
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    generatedAt,
    referenceYear: year as number | undefined,
    arrete: arrete as string | undefined,
    regions: (regions as string[]).map((code) => code.trim()),
    inputs: (inputs as unknown[]).map((input, index) => {
      if (!isObject(input)) return fail(`inputs[${index}] n’est pas un objet`);
      return {
        file: text(input.file),
        dataset: text(input.dataset),
        encoding: text(input.encoding),
        delimiter: text(input.delimiter),
        rows: count(input.rows, `inputs[${index}].rows`),
        kept: count(input.kept, `inputs[${index}].kept`),
        rejected: count(input.rejected, `inputs[${index}].rejected`),
      };
    }),
    rejected: count(raw.rejected, 'rejected'),
    absent: Array.isArray(raw.absent) ? raw.absent.filter((name): name is string => typeof name === 'string') : [],
  };
}
