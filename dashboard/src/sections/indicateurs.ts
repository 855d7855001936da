import type { Section } from '../model/sections';

// Share of the structures reaching each indicator of their remuneration.
export default { id: 'indicateurs', label: 'Atteinte des indicateurs', defaultIndicator: 'pct_atteint' } satisfies Section;
