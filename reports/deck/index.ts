export { buildDeck, deckBytes } from './build-deck';
export type { DeckInput } from './build-deck';
export type { DeckTable, DeckRow } from './deck-table';
export { paginateRows } from './paginate';
export { rowsPerSlide } from './slides/table-slides';
