// One-off programmes by period (the June 2024 deck: « en avril 2024, le nombre d’adhésions Prado
// pour le volet IC est de 1 329 adhésions contre 1183 en 2023 sur la même période, soit une hausse
// de 12 % »): the latest period of each indicator, against the same period a year before.
import { formatValue } from '../../format';
import type { Row } from '../../published/published-tables';
import type { Unit } from '../../schema/columns';
import type { StoryContext } from '../../story/context';
import { evolution, evolutionSize, formatEvolution } from '../../story/evolution';
import type { Fact, HeadlineTemplate } from '../../story/headline';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const UNITS: Record<string, Unit> = { nombre: 'count', pourcentage: 'percent', euros: 'euro' };

/** `2024-04` as « avril 2024 », `2024` as itself. */
export function periodText(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  return month ? `${MONTHS[Number(month[2]) - 1]} ${month[1]}` : period;
}

const yearBefore = (period: string) => `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`;

interface Latest {
  readonly row: Row;
  readonly unit: Unit;
  readonly now: number;
  readonly before: number | null;
}

function latest(context: StoryContext): Latest[] {
  const table = context.tables.indicateurs_territoriaux;
  if (!table) return [];
  const own = table.rows.filter((row) => row.niveau === 'region' && row.code === context.region);
  const codes = [...new Set(own.map((row) => String(row.indicateur)))];
  return codes.flatMap((code) => {
    const rows = own.filter((row) => row.indicateur === code).sort((a, b) => String(a.periode).localeCompare(String(b.periode)));
    const row = rows.at(-1)!;
    const now = table.value(row, 'valeur');
    if (now === null) return [];
    const earlier = rows.find((other) => other.periode === yearBefore(String(row.periode)));
    return [{ row, unit: UNITS[String(row.unite)] ?? 'count', now, before: earlier ? table.value(earlier, 'valeur') : null }];
  });
}

function sentence(item: Latest): string {
  const change = evolution(item.unit, item.before, item.now);
  const period = String(item.row.periode);
  const start = `${String(item.row.libelle)} : ${formatValue(item.now, item.unit)} en ${periodText(period)}`;
  return change && item.before !== null
    ? `${start}, contre ${formatValue(item.before, item.unit)} en ${periodText(yearBefore(period))} (${formatEvolution(change)}).`
    : `${start}.`;
}

export const headline: HeadlineTemplate = {
  sentences: (context, part) =>
    latest(context)
      .filter((item) => !part || item.row.indicateur === part)
      .map(sentence),
  facts: (context) =>
    latest(context).flatMap((item): Fact[] => {
      const change = evolution(item.unit, item.before, item.now);
      return change ? [{ table: 'indicateurs_territoriaux', sentence: sentence(item), size: evolutionSize(change) }] : [];
    }),
};
