import type { Section } from '../model/sections';

export default { id: 'patientele', label: 'MSP – patientèle', defaultIndicator: 'patientele_reference_somme' } satisfies Section;
