// What a table brings to the deck: the tables it shows at one of its places, then any other slide
// (a chart, a map). One module per published table in reports/deck/tables/, named after it and
// found by that name, so adding a table's slides is adding its file.
import type { ReportTables } from '../report-table';
import type { ReportScope } from '../scope';
import type { DeckTable } from './deck-table';
import type { DeckContext } from './slides/context';

export interface TableSlides {
  /** The tables shown at a place of the deck, `part` naming the place (declaration's `deck`). */
  readonly tables?: (tables: ReportTables, scope: ReportScope, part: string | undefined) => DeckTable[];
  /** Slides after those tables (charts, maps, indicator pages). */
  readonly after?: (context: DeckContext, part: string | undefined) => void;
}
