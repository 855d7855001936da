import type { Section } from '../model/sections';

export default { id: 'depistage', label: 'Dépistage organisé', defaultIndicator: 'taux' } satisfies Section;
