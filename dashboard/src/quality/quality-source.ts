// What the data-quality page lists: one source per file in ./sources/ (the run's rejected lines
// today; cross-dataset controls can be added as another file), each a titled table.
export interface QualityTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

export interface QualitySource {
  readonly id: string;
  /** Order on the page, then id. */
  readonly order: number;
  readonly title: string;
  /** One sentence under the title. */
  readonly description: string;
  /** The lines to list; null when this build does not carry them (partner build). */
  readonly load: () => Promise<QualityTable | null>;
}
