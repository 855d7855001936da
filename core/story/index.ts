export type { FigureTable, StoryContext } from './context';
export { areaAdjective, contractsDate, countedToDate, isMsp, isYearToDate, ofYear, partWords, stockDate } from './context';
export type { Evolution, EvolutionKind, EvolutionLine } from './evolution';
export { evolution, evolutionKind, evolutionSize, evolutionWords, formatEvolution, previousYearRow, tableEvolutions } from './evolution';
export type { Fact, HeadlineTemplate } from './headline';
export { HIGHLIGHTS, highlights, rankedChanges } from './highlights';
export type { Named, Tied } from './ties';
export { extremes, tiedText, top } from './ties';
