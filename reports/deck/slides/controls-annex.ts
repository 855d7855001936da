// The deck's last slides: the `erreur` lines of the pipeline's cross-checks (controles.csv) for the
// report's region, so the commission sees what the data still contradict. None when there is none.
// A partner deck (--secret) shows only how many errors each control found: the lines name
// structures and their amounts, which never leave the fund.

import type { ControlRow } from '../../../core';
import { controlLabel, departement, FRANCE_CODE, formatInteger } from '../../../core';
import { runDate } from '../../provenance';
import type { DeckRow } from '../deck-table';
import { COLORS, CONTENT, FONT } from '../design';
import { paginateRows } from '../paginate';
import type { SlideContext } from './context';
import { addFramedSlide } from './frame';
import { addTable } from './table-slides';

/** Lines per slide (a message takes two lines of small text), and slides at most. */
const PER_SLIDE = 8;
const MAX_SLIDES = 3;
const ROW_HEIGHT = 0.56;

function inRegion(row: ControlRow, region: string): boolean {
  if (row.niveau === 'france' || region === FRANCE_CODE) return true;
  if (row.niveau === 'region') return row.code === region;
  return row.code !== null && departement(row.code)?.region === region;
}

export function addControlsAnnex(context: SlideContext, controls: readonly ControlRow[], secret: number | undefined): void {
  const errors = controls.filter((row) => row.gravite === 'erreur' && inRegion(row, context.scope.region));
  if (errors.length === 0) return;
  const footnote = [
    'Source : contrôles croisés du pipeline entre les exports (controles.csv) ; un chiffre n’est jamais corrigé par un contrôle.',
    `Traitement des données du ${runDate(context.run.generatedAt)}.`,
  ];
  const title = `Annexe – ${formatInteger(errors.length)} erreur${errors.length > 1 ? 's' : ''} de cohérence dans les données`;
  if (secret !== undefined) {
    const counts = new Map<string, number>();
    for (const row of errors) counts.set(row.controle, (counts.get(row.controle) ?? 0) + 1);
    const slide = addFramedSlide(context.pptx, { section: 'Contrôles', title, footnote });
    const rows: DeckRow[] = [...counts].map(([name, count]) => ({ cells: [controlLabel(name), formatInteger(count)], total: false }));
    addTable(slide, { header: ['Contrôle', 'Erreurs'], widths: [4, 1] }, rows, CONTENT);
    return;
  }
  const rows: DeckRow[] = errors.map((row) => ({
    cells: [controlLabel(row.controle), row.id_structure ?? '', row.code ?? '', row.annee === null ? '' : String(row.annee), row.message],
    total: false,
  }));
  const pages = paginateRows(rows.slice(0, PER_SLIDE * MAX_SLIDES), PER_SLIDE);
  pages.forEach((page, index) => {
    const slide = addFramedSlide(context.pptx, { section: 'Contrôles', title: index > 0 ? `${title} (suite)` : title, footnote });
    const height = addTable(slide, { header: ['Contrôle', 'Structure', 'Dépt', 'Année', 'Constat'], widths: [2.2, 1.4, 0.7, 0.8, 9] }, page, CONTENT, {
      rowHeight: ROW_HEIGHT,
      fontSize: 8,
      align: ['left', 'left', 'left', 'left', 'left'],
    });
    const rest = errors.length - PER_SLIDE * MAX_SLIDES;
    if (index === pages.length - 1 && rest > 0) {
      slide.addText(`… et ${formatInteger(rest)} autre${rest > 1 ? 's' : ''} : la liste complète est dans controles.csv.`, {
        x: CONTENT.x,
        y: CONTENT.y + height + 0.08,
        w: CONTENT.w,
        h: 0.3,
        fontFace: FONT,
        fontSize: 11,
        bold: true,
        color: COLORS.navy,
        margin: 0,
        lang: 'fr-FR',
      });
    }
  });
}
