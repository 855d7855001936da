export { discoverInputs, datasetOf } from './discover';
export type { InputFile } from './discover';
export { inspectFile, decodeBytes, delimiterName } from './inspect';
export type { InspectedFile, Encoding, Malformed } from './inspect';
export { needsRewrite, rewriteForDuckDB } from './rewrite';
export { normalizeHeader } from './header';
export { sniffDelimiter } from './sniff';
export type { Delimiter } from './sniff';
export { LineMap } from './line-map';
