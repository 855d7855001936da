// Every table's headline template. A new table gets its headline by adding its file here.
import type { TableName } from '../../../pipeline/schema';
import type { HeadlineTemplate } from '../headline';
import { adhesions } from './adhesions';
import { cds } from './cds';
import { cdsEffectifs } from './cds_effectifs';
import { cdsPatientele } from './cds_patientele';
import { cdsRemunerations } from './cds_remunerations';
import { indicateurs } from './indicateurs';
import { indicateursTerritoriaux } from './indicateurs_territoriaux';
import { remunerationsGroupes } from './remunerations_groupes';
import { cptsCouverture } from './cpts_couverture';
import { depistage } from './depistage';
import { patientele } from './patientele';
import { professionnels } from './professionnels';
import { remunerations } from './remunerations';

export const HEADLINES: readonly HeadlineTemplate[] = [
  adhesions,
  patientele,
  remunerations,
  professionnels,
  cptsCouverture,
  cds,
  cdsEffectifs,
  cdsPatientele,
  cdsRemunerations,
  remunerationsGroupes,
  indicateurs,
  depistage,
  indicateursTerritoriaux,
];

export function headlineTemplate(table: TableName): HeadlineTemplate | undefined {
  return HEADLINES.find((template) => template.table === table);
}
