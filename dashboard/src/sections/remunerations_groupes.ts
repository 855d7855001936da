import type { Section } from '../model/sections';

// The five groups of structures by prerequisites and balance.
export default { id: 'remunerations_groupes', label: 'Rémunération – groupes', defaultIndicator: 'nb_structures' } satisfies Section;
