import type { Section } from '../model/sections';

export default { id: 'remunerations', label: 'MSP – rémunération ACI', defaultIndicator: 'montant_total' } satisfies Section;
