import type { Section } from '../model/sections';

// Salaried staff of the health centres in full-time equivalents, by group of categories and profession.
export default { id: 'cds_effectifs', label: 'CDS – effectifs (ETP)', defaultIndicator: 'etp' } satisfies Section;
