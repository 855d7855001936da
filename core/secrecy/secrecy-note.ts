// The sentences stating the secrecy rule: under every table, and on the deck's cover.
import { type TableName, tableSpec } from '../schema';
import { P_RULE } from './exposure';
import { isPublicTable } from './rule';

const columnLabel = (name: TableName, column: string) =>
  tableSpec(name)
    .values.find((candidate) => candidate.name === column)
    ?.label.toLowerCase() ?? column;

/** What a masked cell shows, in every format (Assurance Maladie open data convention). */
export const MASKED_TEXT = 'NS';

const INTERNAL = 'Diffusion interne : aucun secret statistique appliqué.';
const percent = `${Math.round(P_RULE * 100)} %`;

/** `threshold` undefined (or ≤ 1): no secrecy was asked for. */
export function secrecyNote(name: TableName, threshold: number | undefined): string {
  if (threshold === undefined || threshold <= 1) return INTERNAL;
  const secrecy = tableSpec(name).secrecy;
  const head = `Secret statistique (seuil ${threshold})`;
  if (isPublicTable(secrecy)) return `${head} : ${secrecy.public}.`;
  const rule = secrecy;
  const below = `1 à ${threshold - 1}`;
  const counts = [
    ...(rule.structureCounts.length > 0 ? [`dénombrant ${below} structures`] : []),
    ...(rule.patientCounts.length > 0 ? [`comptant ${below} patients`] : []),
  ];
  const patients = counts.length > 0 ? ` ou ${counts.join(' ou ')}` : '';
  const extremes = rule.extremes.length > 0 ? ' ; le minimum et le maximum, montants d’une seule structure, ne sont jamais publiés' : '';
  const unknown = Object.entries(rule.bases)
    .filter(([, base]) => base === null)
    .map(([column]) => column);
  const unpublished = [
    ...(unknown.length > 0
      ? [
          `${unknown.map((column) => `« ${columnLabel(name, column)} »`).join(', ')}, dont le nombre de structures n’est pas publié, est masqué dès qu’il n’est pas nul`,
        ]
      : []),
    ...rule.unpublishedBaseMeans.map((mean) => `« ${columnLabel(name, mean.mean)} », moyenne sur un nombre de structures non publié, n’est jamais publiée`),
  ]
    .map((sentence) => ` ; ${sentence}`)
    .join('');
  const subtotals = rule.categoryTotals.length > 0 ? ', des sous-totaux' : '';
  return (
    `${head} : « ${MASKED_TEXT} » remplace toute valeur calculée sur ${below} structures${patients}, valeur nulle comprise${extremes}${unpublished}, ` +
    `et d’autres valeurs sont masquées (secret secondaire) pour qu’aucune ne puisse être recalculée, ` +
    `ni encadrée à moins de ${percent} près de part et d’autre, à partir des totaux${subtotals}, des moyennes, des effectifs ou des autres cases publiées, ` +
    `de tous les tableaux de la diffusion ensemble.`
  );
}

/** The rule in one sentence for the deck's cover. */
export function secrecyCover(threshold: number | undefined): string {
  if (threshold === undefined || threshold <= 1) return INTERNAL;
  return (
    `Tableaux soumis au secret statistique (seuil ${threshold}) : valeurs masquées notées « ${MASKED_TEXT} » ` +
    `quand elles reposent sur moins de ${threshold} structures (ou patients), valeurs nulles comprises ; minimum et maximum jamais publiés ; ` +
    `secret secondaire vérifié sur toute la diffusion (rapports et tableau de bord) : aucune valeur masquée ne peut être recalculée ni encadrée à ±${percent} près.`
  );
}
