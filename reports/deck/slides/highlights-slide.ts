// « Faits marquants », after the title: the largest changes against the previous year across the
// deck's tables, one sentence each, for the presenter (core/story/highlights.ts ranks them).
import type { Fact } from '../../../core';
import { COLORS, CONTENT, FONT } from '../design';
import type { SlideContext } from './context';
import { addFramedSlide } from './frame';

export function addHighlightsSlide(context: SlideContext, facts: readonly Fact[], secret?: number): boolean {
  if (facts.length === 0) return false;
  const { pptx, scope } = context;
  const slide = addFramedSlide(pptx, {
    section: 'Synthèse',
    title: `Faits marquants ${scope.year} – ${scope.regionName}`,
    footnote: [
      `Les ${facts.length} plus fortes évolutions par rapport à ${scope.year - 1} parmi les tableaux du diaporama (évolution relative à la valeur de ${scope.year - 1}).`,
      'Chiffres calculés à partir des tableaux publiés ; les évolutions des taux sont en points.',
      // A partner deck states its rule on every slide: these changes use only the figures shown.
      ...(secret !== undefined && secret > 1 ? [`Secret statistique (seuil ${secret}) : aucune évolution ne repose sur un chiffre masqué.`] : []),
    ],
  });
  slide.addText(
    facts.map((fact, index) => ({
      text: fact.sentence,
      options: { bullet: { code: '25A0' }, breakLine: index < facts.length - 1, paraSpaceAfter: 14 },
    })),
    {
      x: CONTENT.x,
      y: CONTENT.y + 0.2,
      w: CONTENT.w,
      h: CONTENT.bottom - CONTENT.y - 0.2,
      fontFace: FONT,
      fontSize: 18,
      color: COLORS.text,
      valign: 'top',
      margin: 0.05,
      lang: 'fr-FR',
    },
  );
  return true;
}
