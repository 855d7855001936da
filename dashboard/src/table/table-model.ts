// A table as the page, the CSV and the XLSX downloads all see it: one model, three renderings,
// so a downloaded file holds exactly the figures on screen.
import type { Unit } from '../../../core';

/** `points`: a difference of percentages; `change`: a relative change, in percent. */
export type ColumnUnit = Unit | 'points' | 'change';

export interface TableColumn {
  readonly key: string;
  readonly label: string;
  readonly unit: ColumnUnit;
}

export type LineLevel = 'departement' | 'region' | 'france' | 'category';

export interface TableLine {
  readonly code: string;
  readonly name: string;
  readonly level: LineLevel;
  /** Figures, or a text for a `text` column (an indicator's axis). */
  readonly values: readonly (number | string | null)[];
  /** Cells statistical secrecy masked (partner build): shown and exported « NS ». */
  readonly masked?: readonly boolean[];
}

export interface TableModel {
  readonly id: string;
  readonly caption: string;
  readonly definition: string;
  /** Heading of the row-header column: `Département`, `Profession`... */
  readonly rowHeader: string;
  readonly columns: readonly TableColumn[];
  /** Sortable lines. */
  readonly body: readonly TableLine[];
  /** Region and France totals, always last whatever the sort. */
  readonly totals: readonly TableLine[];
  /** Download name without extension. */
  readonly fileName: string;
}
