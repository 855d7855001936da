import type { Section } from '../model/sections';

// Patientèle and file active of the health centres, by group of categories.
export default { id: 'cds_patientele', label: 'CDS – patientèle', defaultIndicator: 'patientele_mt_somme' } satisfies Section;
