export type { FigureTable, StoryContext } from './context';
export { contractsDate, isMsp, isYearToDate, ofYear, stockDate } from './context';
export type { Evolution, EvolutionKind, EvolutionLine } from './evolution';
export { evolution, evolutionKind, evolutionSize, evolutionWords, formatEvolution, previousYearRow, tableEvolutions } from './evolution';
export type { Fact, HeadlineTemplate } from './headline';
export { HIGHLIGHTS, highlights } from './highlights';
