// The sentence printed under every table saying which secrecy rule it went through.
import { tableSpec, type TableName } from '../../pipeline/schema';
import { SECRECY_RULES } from './table-rules';

const columnLabel = (name: TableName, column: string) =>
  tableSpec(name).values.find((candidate) => candidate.name === column)?.label.toLowerCase() ?? column;

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
  cds_effectifs: '',
  cds_patientele: '',
  cds_remunerations: '',
  remunerations_groupes: '',
  indicateurs: '',
};

/** `threshold` undefined (or ≤ 1): no secrecy was asked for. */
export function secrecyNote(name: TableName, threshold: number | undefined): string {
  if (threshold === undefined || threshold <= 1) return 'Diffusion interne : aucun secret statistique appliqué.';
  const rule = SECRECY_RULES[name];
  const head = `Secret statistique (seuil ${threshold})`;
  if (!rule) return `${head} : ${NOT_CONCERNED[name]}.`;
  const below = `1 à ${threshold - 1}`;
  const counts = [
    ...(rule.structureCounts?.length ? [`dénombrant ${below} structures`] : []),
    ...(rule.patientCounts.length > 0 ? [`comptant ${below} patients`] : []),
  ];
  const patients = counts.length > 0 ? ` ou ${counts.join(' ou ')}` : '';
  const unknown = Object.entries(rule.bases ?? {}).filter(([, base]) => base === null).map(([column]) => column);
  const unpublished = unknown.length > 0
    ? ` ; ${unknown.map((column) => `« ${columnLabel(name, column)} »`).join(', ')}, dont le nombre de structures n’est pas publié, est masqué dès qu’il n’est pas nul`
    : '';
  const keyTotals = rule.keyTotals?.length ? ', des sous-totaux' : '';
  const extremes =
    rule.extremes.length > 0 ? ' ; un minimum ou un maximum masqué dans un département l’est aussi au total' : '';
  const aggregates = rule.aggregateRows ? ' ; les lignes qui additionnent d’autres lignes (médecins, ensemble) sont entièrement masquées' : '';
  return (
    `${head} : « ${MASKED_TEXT} » remplace toute valeur calculée sur ${below} structures${patients}, ` +
    `et d’autres valeurs sont masquées (secret secondaire) pour qu’aucune ne puisse être recalculée ` +
    `à partir des totaux${keyTotals} ou des autres cases de sa ligne${extremes}${aggregates}${unpublished}.`
  );
}
