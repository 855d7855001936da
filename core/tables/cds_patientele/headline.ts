// Centres de santé – patientèle and files actives of year N (the June 2024 deck: « 540 692 patients
// sont suivis par un médecin traitant en CDS », then the files actives MG, dentaire, infirmière).
import { formatCount, formatInteger } from '../../format';
import { regionFigure, type StoryContext } from '../../story/context';
import { agree, type HeadlineTemplate, written } from '../../story/headline';

const all = (year: number) => (row: { annee?: unknown; categorie?: unknown }) => row.annee === year && row.categorie === 'ensemble';

function doctorSentence(context: StoryContext): string | null {
  const patients = regionFigure(context, 'cds_patientele', all(context.year), 'patientele_mt_somme');
  if (patients === null) return null;
  return `Fin ${context.year}, ${formatCount(patients, 'patient', 'patients')} ${agree(patients, 'est suivi', 'sont suivis')} par un médecin traitant en centre de santé.`;
}

function filesSentence(context: StoryContext): string | null {
  const at = (column: string) => regionFigure(context, 'cds_patientele', all(context.year), column);
  const files = [
    ['médecine générale', at('file_active_mg_somme')],
    ['dentaire', at('file_active_dentaire_somme')],
    ['infirmière', at('file_active_infirmiere_somme')],
  ] as const;
  if (files.some(([, value]) => value === null)) return null;
  return `Files actives : ${files.map(([label, value]) => `${label} ${formatInteger(value!)}`).join(', ')} patients.`;
}

export const headline: HeadlineTemplate = {
  sentences: (context) => written(doctorSentence(context), filesSentence(context)),
  facts: () => [],
};
