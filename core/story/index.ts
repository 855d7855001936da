export { evolution, evolutionKind, evolutionSize, evolutionWords, formatEvolution, previousYearRow, tableEvolutions } from './evolution';
export type { Evolution, EvolutionKind, EvolutionLine } from './evolution';
export { contractsDate, isYearToDate, stockDate } from './context';
export type { FigureTable, StoryContext } from './context';
export type { Fact, HeadlineTemplate } from './headline';
export { highlights, HIGHLIGHTS } from './highlights';
