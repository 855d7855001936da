import type { Section } from '../model/sections';

export default { id: 'professionnels', label: 'MSP – professionnels', defaultIndicator: 'nb_professionnels' } satisfies Section;
