import type { Section } from '../model/sections';

// New contracts by default: the deck's grid of contracts per department and year since 2015.
export default { id: 'adhesions', label: 'MSP – adhésions', defaultIndicator: 'nb_adhesions' } satisfies Section;
