// Attainment of the remuneration's indicators (the June 2024 deck: « 310 des 428 centres » reach
// Accessibilité; SI niveau 1 weighs most in the remuneration).
import { formatInteger, formatPercent } from '../../format';
import { isAreaRow } from '../../geography';
import type { StoryContext } from '../../story/context';
import { type HeadlineTemplate, written } from '../../story/headline';

function heaviestSentence(context: StoryContext, type: string): string | null {
  const table = context.tables.indicateurs;
  if (!table) return null;
  const rows = table.rows.filter(
    (row) => isAreaRow(context.region, row) && row.annee === context.year && row.type_structure === type && row.categorie === 'ensemble',
  );
  if (rows.length === 0) return null;
  const weights = rows.map((row) => ({ row, weight: table.value(row, 'poids_pct') }));
  // A masked weight could be the largest: no ranking then.
  if (weights.some((item) => item.weight === null)) return null;
  const heaviest = [...weights].sort((a, b) => b.weight! - a.weight!)[0]!;
  // Indicators as heavy as the heaviest, as shown, are all named: none is « the » heaviest then.
  const tied = weights.filter((item) => formatPercent(item.weight!) === formatPercent(heaviest.weight!));
  if (tied.length > 1) {
    const names = tied.map((item) => `« ${String(item.row.libelle)} »`).join(', ');
    return `Indicateurs les plus lourds dans la rémunération ${context.year} des ${type}, ex aequo : ${names} (${formatPercent(heaviest.weight!)} du montant chacun).`;
  }
  const reached = table.value(heaviest.row, 'nb_atteint');
  const counted = table.value(heaviest.row, 'nb_structures');
  const who = type === 'CDS' ? 'centres' : 'MSP';
  const reach = reached === null || counted === null ? '' : ` ; ${formatInteger(reached)} des ${formatInteger(counted)} ${who} l’atteignent`;
  return `Indicateur le plus lourd dans la rémunération ${context.year} des ${type} : « ${String(heaviest.row.libelle)} » (${formatPercent(heaviest.weight!)} du montant)${reach}.`;
}

export const headline: HeadlineTemplate = {
  sentences: (context, part) => written(...['MSP', 'CDS'].filter((type) => !part || part === type).map((type) => heaviestSentence(context, type))),
  facts: () => [],
};
