import type { Section } from '../model/sections';

export default { id: 'cds', label: 'Centres de santé', defaultIndicator: 'nb_total' } satisfies Section;
