// The commission deck: the title, the « Faits marquants », then each table's slides at its places
// in the order of the declarations (core/tables: MSP, CPTS, health centres, screening, with the
// territorial programmes where the June 2024 deck shows them), the revisions since an earlier run
// (--depuis) and the controls annex. Each table
// slide opens with its headline (the table's declaration).
import PptxGenJS from 'pptxgenjs';
import type { Topology } from 'topojson-specification';
import { type ControlRow, deckPlaces, FRANCE_CODE, highlights, rankedChanges, type TableName, tableSpec } from '../../core';
import { diffusionLabel } from '../diffusion';
import type { DepartmentMap } from '../map';
import type { ReportTables } from '../report-table';
import type { ReportScope } from '../scope';
import type { RunInfo } from '../source';
import { reportStory } from '../story-context';
import type { SlidesByTable } from './load-table-slides';
import type { DeckContext, ProgrammeMaps } from './slides/context';
import { addControlsAnnex } from './slides/controls-annex';
import { addHighlightsSlide } from './slides/highlights-slide';
import { addNotProvidedSlide, missingExports } from './slides/not-provided-slide';
import { addRevisionsAnnex, type RevisionsAnnex } from './slides/revisions-annex';
import { addTableSlides } from './slides/table-slides';
import { addTitleSlide } from './slides/title-slide';

export interface DeckInput {
  readonly tables: ReportTables;
  readonly run: RunInfo;
  readonly scope: ReportScope;
  /** Each table's slides (loadTableSlides). */
  readonly slides: SlidesByTable;
  /** The `--secret` threshold, stated on the title slide. */
  readonly secret?: number;
  /** The department map; without it the deck has no map slide. */
  readonly map?: DepartmentMap;
  /** Maps of the territorial indicators by code; an indicator without one gets its table alone. */
  readonly programmeMaps?: ProgrammeMaps;
  /** The department shapes for the other maps (centres de santé); default: those of `map`. */
  readonly topology?: Topology;
  /** Body rows per slide before a table is split; default: as many as fit. */
  readonly rowsPerSlide?: number;
  /** The run's cross-checks (controles.csv): its `erreur` lines close the deck in an annex. */
  readonly controls?: readonly ControlRow[];
  /** With `--depuis`: the figures changed since the earlier run, in an annex. */
  readonly revisions?: RevisionsAnnex;
}

export function buildDeck(input: DeckInput): PptxGenJS {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = 'cpr-soins-coordonnes';
  pptx.company = 'Assurance Maladie';
  pptx.title = `${input.scope.region === FRANCE_CODE ? 'Commissions paritaires régionales' : 'Commission paritaire régionale'} – ${input.scope.regionName} ${input.scope.year}${input.secret ? ` – ${diffusionLabel(input.secret)}` : ''}`;
  pptx.subject = 'Exercice coordonné';
  const story = reportStory(input.tables, input.scope);
  const topology = input.topology ?? input.map?.topology;
  const context: DeckContext = {
    pptx,
    tables: input.tables,
    run: input.run,
    scope: input.scope,
    story,
    ...(input.map ? { map: input.map } : {}),
    ...(input.programmeMaps ? { programmeMaps: input.programmeMaps } : {}),
    ...(topology ? { topology } : {}),
  };
  const places = deckPlaces().map((place) => {
    const slides = input.slides.get(place.table);
    if (!slides) throw new Error(`diapositives manquantes pour le tableau ${place.table}`);
    return { ...place, slides, tables: slides.tables?.(input.tables, input.scope, place.part) ?? [] };
  });

  addTitleSlide(context, input.secret);
  // The « Faits marquants » come from the tables the deck shows, whatever else the run published.
  const shown = new Set(places.flatMap((place) => place.tables.map((table) => table.table)));
  addHighlightsSlide(context, highlights(story, undefined, shown), rankedChanges(story, shown).length, input.secret);
  const notProvided = new Set<TableName>();
  for (const place of places) {
    const missing = missingExports(place.table, input.run.absent);
    if (missing.length > 0) {
      if (!notProvided.has(place.table)) addNotProvidedSlide(context, place.table, missing);
      notProvided.add(place.table);
      continue;
    }
    for (const table of place.tables) {
      const headline = tableSpec(table.table).headline.sentences(story, table.part);
      addTableSlides(context, headline.length > 0 ? { ...table, headline } : table, input.rowsPerSlide);
    }
    place.slides.after?.(context, place.part);
  }
  if (input.revisions) addRevisionsAnnex(context, input.revisions, shown);
  addControlsAnnex(context, input.controls ?? [], input.secret);
  return pptx;
}

/** The deck's archive, stored: reproducibleZip compresses it once, as it rewrites every entry anyway. */
export async function deckBytes(pptx: PptxGenJS): Promise<Uint8Array> {
  const buffer = (await pptx.stream({ compression: false })) as Uint8Array;
  return new Uint8Array(buffer);
}
