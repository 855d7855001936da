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
}

export interface RunManifest {
  readonly generatedAt: string;
  /** The deck's year N: the last year of patientèle or remuneration data (else the last year of any data). */
  readonly referenceYear: number | null;
  /** Region codes of the data, by code. */
  readonly regions: readonly string[];
  readonly inputs: readonly InputSummary[];
  readonly rejected: number;
}

export async function writeManifest(file: string, manifest: RunManifest): Promise<void> {
  await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`);
}
