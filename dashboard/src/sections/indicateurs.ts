import type { Section } from '../model/sections';

// Share of the structures reaching each indicator of their remuneration: the map for the chosen
// indicator, and the deck's table of every indicator of the area with its axis and weight.
export default {
  id: 'indicateurs',
  label: 'Atteinte des indicateurs',
  defaultIndicator: 'pct_atteint',
  listBy: { key: 'indicateur', columns: ['axe', 'nb_atteint', 'pct_atteint', 'poids_pct'] },
} satisfies Section;
