// A table as a slide shows it: text already formatted in French, one row kind per row.
import type { TableName } from '../../core';

export interface DeckRow {
  readonly cells: readonly string[];
  /** The region (or France) total: bold on a shaded band, kept on the last slide of a split table. */
  readonly total: boolean;
  /** The report's own region among others: bold, not shaded. */
  readonly emphasis?: boolean;
}

export interface DeckTable {
  /** Published table the figures come from: gives the footnote its definition, source and rule. */
  readonly table: TableName;
  /** Short section label above the title (`MSP`, `CPTS`…). */
  readonly section: string;
  readonly title: string;
  readonly header: readonly string[];
  /** Relative column widths; the first column holds the labels. */
  readonly widths: readonly number[];
  readonly rows: readonly DeckRow[];
  /** Lower rows, so that a long list (professions and their totals) keeps to one slide. */
  readonly compact?: boolean;
  /** A sentence under the table (an evolution, a caveat). */
  readonly note?: string;
  /** Which slide of its table this is, for its headline (a programme, `grille`, `etat`, `regions`). */
  readonly part?: string;
  /** The sentences above the table (its table's headline, core/tables), in an editable text box. */
  readonly headline?: readonly string[];
  /** Alignment of each column's cells; default: labels left, figures right. */
  readonly align?: readonly ('left' | 'right')[];
  /** The reference of the source line when the figures have periods of their own (`périodes de référence …`). */
  readonly reference?: string;
}
