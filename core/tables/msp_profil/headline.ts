// The MSP profile of a year (seed 000: « rémunération médiane 2017 : 60 300 € », shares of CMU-C and
// AME patients; seed 002: « organisation majoritairement en multi-sites (82 %) »). The CSS and AME
// means and the median are the fund's only (withheld from partners): each has a sentence of its own,
// so that a partner's headline simply lacks them.
import { formatCount, formatEuro, formatInteger, formatPercent } from '../../format';
import { isAreaRow } from '../../geography';
import { partFigures, partWords, regionFigure, type StoryContext } from '../../story/context';
import { agree, facts, type HeadlineTemplate, written, yearFact } from '../../story/headline';
import { extremes, tiedText } from '../../story/ties';

/** The latest year up to the deck's that has a profile for the region. */
export function profileYear(context: StoryContext): number | null {
  const years = (context.tables.msp_profil?.rows ?? [])
    .filter((row) => isAreaRow(context.region, row) && typeof row.annee === 'number' && row.annee <= context.year)
    .map((row) => row.annee as number);
  return years.length > 0 ? Math.max(...years) : null;
}

function profileSentences(context: StoryContext): (string | null)[] {
  const year = profileYear(context);
  if (year === null) return [];
  const at = (column: string) => regionFigure(context, 'msp_profil', (row) => row.annee === year, column);
  const count = at('nb_msp');
  if (count === null || count === 0) return [];
  const multi = at('nb_multi_sites');
  const share = at('pct_multi_sites');
  const css = at('part_css_moyenne');
  const ame = at('part_ame_moyenne');
  const median = at('remuneration_mediane');
  const sites =
    multi === null || share === null
      ? ''
      : `, dont ${formatInteger(multi)} (${formatPercent(share)}) ${agree(multi, 'organisée', 'organisées')} en multi-sites`;
  // The departments' spread of the multi-site share, ties named.
  const shares = partFigures(context, 'msp_profil', (row) => row.annee === year, 'pct_multi_sites');
  const ends =
    shares.length >= 2 && shares.every((item) => item.value !== null)
      ? extremes(
          shares.map((item) => ({ name: item.name, value: item.value! })),
          (value) => formatPercent(value),
        )
      : null;
  return [
    `${formatCount(count, 'MSP active', 'MSP actives')} ayant une patientèle en ${year}${sites}.`,
    ends && ends.low.text !== ends.high.text
      ? `Part des MSP multi-sites par ${partWords(context).singular} : de ${tiedText(ends.low)} à ${tiedText(ends.high)}.`
      : null,
    css === null ? null : `Part moyenne de patients bénéficiaires de la CSS : ${formatPercent(css)}.`,
    ame === null ? null : `Part moyenne de patients bénéficiaires de l’AME : ${formatPercent(ame)}.`,
    median === null ? null : `Rémunération médiane des MSP rémunérées en ${year} : ${formatEuro(median, { cents: false })}.`,
  ];
}

export const headline: HeadlineTemplate = {
  sentences: (context) => written(...profileSentences(context)),
  facts: (context) => facts(yearFact(context, 'msp_profil', () => true, 'remuneration_mediane', 'euro', 'Rémunération médiane des MSP')),
};
