// The sentence printed under every table saying which secrecy rule it went through.
import type { TableName } from '../../pipeline/schema';
import { SECRECY_RULES } from './table-rules';

/** What a masked cell shows, in every format (Assurance Maladie open data convention). */
export const MASKED_TEXT = 'NS';

const NOT_CONCERNED: Record<TableName, string> = {
  adhesions: 'dénombrements de contrats, publics, non masqués',
  cds: 'dénombrements de centres, publics, non masqués',
  cpts_couverture: 'dénombrements de CPTS et populations légales, publics, non masqués',
  depistage: 'taux calculés sur des populations cibles départementales, non masqués',
  patientele: '',
  remunerations: '',
  professionnels: '',
  indicateurs_territoriaux: 'indicateurs publiés par territoire, non masqués',
  // Tables of contract version 2 without their own rule yet: every figure is masked (PENDING_SECRECY).
  cds_effectifs: '',
  cds_patientele: '',
  cds_remunerations: '',
  remunerations_groupes: '',
  indicateurs: '',
};

/**
 * Tables whose secrecy rule is still to be written: with a threshold, every figure they show is
 * masked, so a partner file never shows structure-level figures unprotected in the meantime.
 */
export const PENDING_SECRECY: ReadonlySet<TableName> = new Set([
  'cds_effectifs',
  'cds_patientele',
  'cds_remunerations',
  'remunerations_groupes',
  'indicateurs',
]);

/** `threshold` undefined (or ≤ 1): no secrecy was asked for. */
export function secrecyNote(name: TableName, threshold: number | undefined): string {
  if (threshold === undefined || threshold <= 1) return 'Diffusion interne : aucun secret statistique appliqué.';
  const rule = SECRECY_RULES[name];
  const head = `Secret statistique (seuil ${threshold})`;
  if (PENDING_SECRECY.has(name)) return `${head} : toutes les valeurs de ce tableau sont masquées.`;
  if (!rule) return `${head} : ${NOT_CONCERNED[name]}.`;
  const below = `1 à ${threshold - 1}`;
  const patients = rule.patientCounts.length > 0 ? ` ou comptant ${below} patients` : '';
  const extremes =
    rule.extremes.length > 0 ? ' ; un minimum ou un maximum masqué dans un département l’est aussi au total' : '';
  const aggregates = rule.aggregateRows ? ' ; les lignes qui additionnent d’autres lignes (médecins, ensemble) sont entièrement masquées' : '';
  return (
    `${head} : « ${MASKED_TEXT} » remplace toute valeur calculée sur ${below} structures${patients}, ` +
    `et d’autres valeurs sont masquées (secret secondaire) pour qu’aucune ne puisse être recalculée ` +
    `à partir des totaux ou des autres cases de sa ligne${extremes}${aggregates}.`
  );
}
