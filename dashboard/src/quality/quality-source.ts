// What the data-quality page lists: one source per file in ./sources/ (the run's rejected lines
// and the cross-dataset controls), each a titled table or panel.
import type { Dataset } from '../model/dataset';

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
  /**
   * The lines to list: a plain table, or an element of its own (counts, filters); null when this
   * build does not carry them (partner build). `dataset`: the publication, to spell out its codes.
   */
  readonly load: (dataset: Dataset) => Promise<QualityTable | HTMLElement | null>;
}
