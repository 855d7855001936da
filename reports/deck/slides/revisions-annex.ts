// The annex « Évolutions depuis la commission du JJ/MM/AAAA » (report --depuis): the figures of the
// tables this deck shows that differ from the earlier run's, each with the structures that moved it,
// so the commission hears why a past figure changed. One slide says so when nothing changed.
// A partner deck gets the figures only (no structure), and never one masked in either release.
import { type Change, formatCount, isAreaRow, isPartRow, isTableName, REVISING, revisionCells, type TableName } from '../../../core';
import { runDate } from '../../provenance';
import type { DeckRow } from '../deck-table';
import { COLORS, CONTENT, FONT } from '../design';
import { paginateRows } from '../paginate';
import type { SlideContext } from './context';
import { addFramedSlide } from './frame';
import { addTable } from './table-slides';

export interface RevisionsAnnex {
  /** The earlier run's processing date (ISO), the commission the figures are compared with. */
  readonly since: string;
  readonly changes: readonly Change[];
  /** Partner deck: the structures column is left out. */
  readonly secret?: number;
}

const PER_SLIDE = 11;
const MAX_SLIDES = 4;

function inRegion(change: Change, region: string): boolean {
  return isAreaRow(region, change.keys) || isPartRow(region, change.keys);
}

/** The revisions a deck of `region` (or `FR`) up to `year` shows: latest year first, then in the deck's table order, the area first. */
export function deckRevisions(changes: readonly Change[], shown: ReadonlySet<TableName>, region: string, year: number): Change[] {
  const order = [...shown];
  return changes
    .filter((change) => REVISING.has(change.nature) && isTableName(change.tableau) && shown.has(change.tableau))
    .filter((change) => inRegion(change, region) && (!change.keys.annee || Number(change.keys.annee) <= year))
    .sort(
      (a, b) =>
        (b.keys.annee ?? '').localeCompare(a.keys.annee ?? '') ||
        order.indexOf(a.tableau as TableName) - order.indexOf(b.tableau as TableName) ||
        Number(isAreaRow(region, b.keys)) - Number(isAreaRow(region, a.keys)) ||
        (a.keys.code ?? '').localeCompare(b.keys.code ?? ''),
    );
}

export function addRevisionsAnnex(context: SlideContext, annex: RevisionsAnnex, shown: ReadonlySet<TableName>): void {
  const revisions = deckRevisions(annex.changes, shown, context.scope.region, context.scope.year);
  const since = runDate(annex.since);
  const title = `Évolutions depuis la commission du ${since}`;
  const footnote = [
    `Source : comparaison des traitements du ${since} et du ${runDate(context.run.generatedAt)} (npm run compare) ; écart = nouvelle valeur − ancienne.`,
    annex.secret === undefined
      ? 'Structures : entrée ou sortie du chiffre, ou chiffres propres modifiés.'
      : `Diffusion externe : seuls les chiffres publiés dans les deux diffusions (seuil ${annex.secret}) sont repris, sans liste de structures.`,
  ];
  const internal = annex.secret === undefined;
  // A partner deck leaves out what secrecy hides: it speaks of the figures it may publish.
  const figures = internal
    ? ['chiffre de ce diaporama a changé', 'chiffres de ce diaporama ont changé']
    : ['chiffre publiable a changé', 'chiffres publiables ont changé'];
  const sentence =
    revisions.length === 0
      ? `${internal ? 'Aucun chiffre de ce diaporama n’a changé' : 'Aucun chiffre publiable sous le secret statistique n’a changé'} depuis la commission du ${since}.`
      : `${formatCount(revisions.length, figures[0]!, figures[1]!)} depuis la commission du ${since}${revisions.some((change) => change.nature === 'révision') ? ', dont des années déjà closes alors (révisions)' : ''}.`;
  const rows: DeckRow[] = revisions.map((change) => {
    const cells = revisionCells(change);
    return {
      cells: [cells.table, cells.area, cells.year, cells.figure, cells.before, cells.after, cells.difference, ...(internal ? [cells.structures] : [])],
      total: false,
    };
  });
  const header = ['Tableau', 'Zone', 'Année', 'Chiffre', 'Avant', 'Après', 'Écart', ...(internal ? ['Structures'] : [])];
  const widths = [2.6, 1.6, 0.7, 2.8, 1.3, 1.3, 1.1, ...(internal ? [2.4] : [])];
  const pages = rows.length === 0 ? [[]] : paginateRows(rows.slice(0, PER_SLIDE * MAX_SLIDES), PER_SLIDE);
  pages.forEach((page, index) => {
    const slide = addFramedSlide(context.pptx, { section: 'Évolutions', title: index > 0 ? `${title} (suite)` : title, footnote });
    const text = (value: string, y: number) =>
      slide.addText(value, {
        x: CONTENT.x,
        y,
        w: CONTENT.w,
        h: 0.6,
        valign: 'top',
        fontFace: FONT,
        fontSize: 13,
        bold: true,
        color: COLORS.navy,
        margin: 0,
        lang: 'fr-FR',
      });
    if (index === 0) text(sentence, CONTENT.y);
    if (page.length === 0) return;
    const top = CONTENT.y + (index === 0 ? 0.75 : 0);
    const align = header.map((_, column): 'left' | 'right' => (column >= 4 && column <= 6 ? 'right' : 'left'));
    const height = addTable(slide, { header, widths }, page, { x: CONTENT.x, y: top, w: CONTENT.w }, { rowHeight: 0.3, fontSize: 8, align });
    const rest = rows.length - PER_SLIDE * MAX_SLIDES;
    if (index === pages.length - 1 && rest > 0) {
      text(`… et ${formatCount(rest, 'autre', 'autres')} : la liste complète est dans comparaison.csv (npm run compare).`, top + height + 0.08);
    }
  });
}
