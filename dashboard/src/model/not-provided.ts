// A section whose export the run did not have shows that sentence, never a map or a table of zeros.
import { DATASET_LABELS, TABLES, type TableName } from '../../../core';
import type { Dataset } from './dataset';

/** « Données non fournies : … », or null when the section's exports were all there. */
export function notProvided(dataset: Dataset, section: TableName): string | null {
  const missing = TABLES[section].datasets.filter((name) => dataset.run.absent?.includes(name));
  if (missing.length === 0) return null;
  const names = missing.map((name) => `« ${DATASET_LABELS[name] ?? name} »`).join(', ');
  return `Données non fournies : ${missing.length > 1 ? 'les exports' : 'l’export'} ${names} ${missing.length > 1 ? 'manquent' : 'manque'} à ce traitement ; cette rubrique n’a aucun chiffre.`;
}
