import type { Section } from '../model/sections';

// The centres' rémunération forfaitaire spécifique with its trop-perçus, by group of categories.
export default { id: 'cds_remunerations', label: 'CDS – rémunération', defaultIndicator: 'montant_total' } satisfies Section;
