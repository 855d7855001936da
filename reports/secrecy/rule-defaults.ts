// The empty secrecy rule every declaration starts from (its own module: table-rules.ts and
// v2-rules.ts both spread it).

/** A rule with no relation: spread it, then declare what the table has. */
export const NONE = {
  patientCounts: [],
  rowSums: [],
  means: [],
  unpublishedBaseMeans: [],
  extremes: [],
  atLeast: [],
  atMost: [],
  shares: [],
  categoryTotals: [],
  structureCounts: [],
  bases: {},
  maskableZeros: false,
  links: [],
  others: [],
  signed: [],
} as const;
