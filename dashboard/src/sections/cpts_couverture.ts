import type { Section } from '../model/sections';

export default { id: 'cpts_couverture', label: 'CPTS – couverture', defaultIndicator: 'taux_couverture' } satisfies Section;
