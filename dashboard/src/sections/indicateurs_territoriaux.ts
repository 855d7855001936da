import type { Section } from '../model/sections';

// The one-off programmes by department (Prado, Mon soutien psy, Mon bilan prévention…), period selectable.
export default { id: 'indicateurs_territoriaux', label: 'Autres programmes', defaultIndicator: 'valeur' } satisfies Section;
