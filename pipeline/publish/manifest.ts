// `<out>/run.json`: what the run read and produced, for the reports' provenance and for people.
import { writeFile } from 'node:fs/promises';

export interface InputSummary {
  readonly file: string;
  readonly dataset: string;
  readonly encoding: string;
  readonly delimiter: string;
  readonly rows: number;
  readonly kept: number;
  readonly rejected: number;
  /** Columns of the file that no dataset column matches, as written in the file. */
  readonly ignoredColumns: readonly string[];
  /** Headers read through an alias (built in, or from the `--colonnes` file): label → column. */
  readonly aliases: readonly { readonly label: string; readonly column: string; readonly source: string }[];
  /**
   * An alerte, present only when some: rows kept although a free-text column held a lone carriage
   * return (old Mac text), read as a space. `lines`: the first ten of them; `columns`: where.
   */
  readonly carriageReturns?: { readonly rows: number; readonly lines: readonly number[]; readonly columns: readonly string[] };
}

export interface RunManifest {
  readonly generatedAt: string;
  /** The deck's year N: the last year of patientèle or remuneration data (else the last year of any data). */
  readonly referenceYear: number | null;
  /** ISO date the stocks stand at: `--arrete`, else the latest date of the exports (see areas.sql). */
  readonly arrete: string | null;
  /** Region codes of the data, by code. */
  readonly regions: readonly string[];
  readonly inputs: readonly InputSummary[];
  /**
   * The datasets (`DATASET_NAMES`, in that order) no input file was given for: optional ones, since
   * a missing `structures` stops the run. A report says « données non fournies » for them, not 0.
   */
  readonly absent: readonly string[];
  readonly rejected: number;
  /** Lines of controles.csv by gravity. */
  readonly controls?: { readonly erreur: number; readonly alerte: number };
}

export async function writeManifest(file: string, manifest: RunManifest): Promise<void> {
  await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`);
}
