export type { DeckInput } from './build-deck';
export { buildDeck, deckBytes } from './build-deck';
export type { DeckRow, DeckTable } from './deck-table';
export type { SlidesByTable } from './load-table-slides';
export { loadTableSlides } from './load-table-slides';
export { paginateRows } from './paginate';
export type { RevisionsAnnex } from './slides/revisions-annex';
export { rowsPerSlide } from './slides/table-slides';
export type { TableSlides } from './table-slides';
