// The slide of a table whose export the run did not have: « données non fournies », never zeros.
// One per table, at its first place in the deck.
import { type TableName, tableSpec } from '../../../core';
import { exportNames, runDate } from '../../provenance';
import { COLORS, CONTENT, FONT } from '../design';
import type { SlideContext } from './context';
import { addFramedSlide } from './frame';

/** The absent exports a table is computed from, none when it can be shown. */
export function missingExports(name: TableName, absent: readonly string[]): string[] {
  return tableSpec(name).datasets.filter((dataset) => absent.includes(dataset));
}

export function addNotProvidedSlide(context: SlideContext, name: TableName, missing: readonly string[]): void {
  const spec = tableSpec(name);
  const slide = addFramedSlide(context.pptx, {
    section: 'Données non fournies',
    title: `${spec.title} – données non fournies`,
    footnote: [
      `Définition : ${spec.definition}`,
      `Source : Assurance Maladie, ${missing.length > 1 ? 'exports' : 'export'} ${exportNames(missing)} non fourni${missing.length > 1 ? 's' : ''} au traitement du ${runDate(context.run.generatedAt)}.`,
      // Every slide states the deck's secrecy rule, this one too.
      context.tables[name].secrecy,
    ],
  });
  const plural = missing.length > 1;
  slide.addText(
    `Données non fournies : ${plural ? 'les exports' : 'l’export'} ${exportNames(missing)} ${plural ? 'manquent' : 'manque'} à ce traitement. ` +
      'Ce tableau n’est pas calculé (aucun zéro n’est affiché) ; fournir l’export et relancer le pipeline.',
    { x: CONTENT.x, y: CONTENT.y, w: CONTENT.w, h: 1.2, fontFace: FONT, fontSize: 16, color: COLORS.navy, valign: 'top', margin: 0, lang: 'fr-FR' },
  );
}
