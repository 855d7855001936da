export { buildDeck, deckBytes } from './build-deck';
export type { DeckInput } from './build-deck';
export type { DeckTable, DeckRow } from './deck-table';
export { paginateRows } from './paginate';
export { rowsPerSlide } from './slides/table-slides';
export { loadTableSlides } from './load-table-slides';
export type { SlidesByTable } from './load-table-slides';
export type { TableSlides } from './table-slides';
