// « Faits marquants », after the title: the largest changes against the previous year across the
// deck's tables, one sentence each, for the presenter (core/story/highlights.ts ranks them).
import { areaAdjective, type Fact, formatInteger } from '../../../core';
import { COLORS, CONTENT, FONT } from '../design';
import type { SlideContext } from './context';
import { addFramedSlide } from './frame';

/** `considered`: how many changes were ranked, all the region's figures the deck shows. */
export function addHighlightsSlide(context: SlideContext, facts: readonly Fact[], considered: number, secret?: number): boolean {
  if (facts.length === 0) return false;
  const { pptx, scope } = context;
  const slide = addFramedSlide(pptx, {
    section: 'Synthèse',
    title: `Faits marquants ${scope.year} – ${scope.regionName}`,
    footnote: [
      `Les ${facts.length} plus fortes évolutions sur un an parmi les ${formatInteger(considered)} chiffres ${areaAdjective(scope, true)} du diaporama qui en ont une (effectifs, montants, moyennes, taux, programmes), ` +
        'classées par leur ampleur rapportée à la valeur de départ (un écart de taux en points, divisé par le taux de départ) ; ex aequo signalés.',
      'Non classés : minima et maxima (montant d’une seule structure), année comptée à date (jamais comparée à une année entière), évolutions partant de moins de 10 ou de moins de 5 % (une seule structure les ferait). Taux en points.',
      // A partner deck states its rule on every slide: these changes use only the figures shown.
      ...(secret !== undefined && secret > 1 ? [`Secret statistique (seuil ${secret}) : aucune évolution ne repose sur un chiffre masqué.`] : []),
    ],
  });
  slide.addText(
    facts.map((fact, index) => ({
      text: fact.tie ? `${fact.sentence} (ex aequo)` : fact.sentence,
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
