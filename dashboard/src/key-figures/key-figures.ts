// The band of key figures at the top of a section: the headline sentences of its table (the deck's,
// from its table's declaration), then 2–4 figures: the region's value of the chosen indicator, its change
// against the previous year, and where the chosen department stands among the region's.

import type { Row } from '../../../core';
import { areaName, type Column, evolution, formatEvolution, formatValue, roundForPeople, TABLES } from '../../../core';
import { el } from '../dom/el';
import { type AreaRows, areaRows, FRANCE } from '../model/area-rows';
import type { Dataset } from '../model/dataset';
import { matchesFilters } from '../model/filters';
import { isProgrammes, programmeFigure } from '../model/programme-view';
import { formatRank, rankAmong } from '../model/rank';
import { indicatorColumn } from '../model/sections';
import { isStock, isYearToDate, periodWords, stockDate, undatedLabel } from '../model/view-words';
import { chosenLabels, type ViewState } from '../state/view-state';
import { dashboardStory } from './dashboard-story';

interface Tile {
  readonly label: string;
  readonly value: string;
  readonly note?: string;
}

/** The scope's own row: the chosen region's, or France's in the France view. */
const scopeRow = (areas: AreaRows, scope: string) => (scope === FRANCE ? areas.france : areas.regions[0]);

const numberOf = (row: Row | undefined, column: string) => (row && typeof row[column] === 'number' ? (row[column] as number) : null);

function rank(values: readonly { code: string; value: number | null }[], code: string): string | null {
  const place = rankAmong(values, code);
  return place ? formatRank(place) : null;
}

/**
 * What every card's figure is: the indicator and the filters that choose it (« Professionnels –
 * Médecins généralistes », not « Professionnels » beside a headline of every profession). A stock's
 * label leaves its date to the card's period (« Actives » « au 30/04/2024 », not « au 31/12 »).
 */
function subjectOf(dataset: Dataset, state: ViewState, indicator: Column): string {
  // A programme's figure: « Documents DMP – Pharmacies » (its period is the card's), not « Valeur – … ».
  if (isProgrammes(state.section)) return programmeFigure(dataset, state.filters);
  return [undatedLabel(indicator), ...chosenLabels(dataset, state, ['annee', 'periode'])].join(' – ');
}

function tiles(dataset: Dataset, state: ViewState, indicator: Column): Tile[] {
  const rows = dataset.tables[state.section];
  const now = areaRows(
    rows.filter((row) => matchesFilters(row, state.filters)),
    state.region,
  );
  const regionValue = numberOf(scopeRow(now, state.region), indicator.name);
  if (regionValue === null) return [];
  const year = state.filters.annee ? Number(state.filters.annee) : undefined;
  const subject = subjectOf(dataset, state, indicator);
  const period = periodWords(dataset, state.section, indicator, state.filters);
  const at = (where: string) => `${where}${period ? `, ${period}` : ''}`;
  const result: Tile[] = [{ label: at(dataset.names.scope(state.region)), value: formatValue(regionValue, indicator.unit), note: subject }];

  // A flow counted to the cut-off is not compared with a whole year (none of a year to date).
  const partial = year !== undefined && isYearToDate(dataset, year) && indicator.flow === true;
  if (year !== undefined && !partial) {
    const before = areaRows(
      rows.filter((row) => matchesFilters(row, { ...state.filters, annee: String(year - 1) })),
      state.region,
    );
    const from = numberOf(scopeRow(before, state.region), indicator.name);
    // Compared as shown: a mean of 0,0 against 0,0 is no change, whatever its unrounded tails.
    const change = evolution(indicator.unit, from === null ? null : roundForPeople(from, indicator.unit), roundForPeople(regionValue, indicator.unit));
    if (change) {
      const since = isStock(state.section, indicator) ? `le ${stockDate(dataset, year - 1)}` : String(year - 1);
      result.push({
        label: `Évolution depuis ${since}`,
        value: formatEvolution(change),
        note: `${subject} : ${formatValue(change.from, indicator.unit)} ${periodWords(dataset, state.section, indicator, { ...state.filters, annee: String(year - 1) })}`,
      });
    }
  }

  const departments = now.departements.map((row) => ({ code: String(row.code), value: numberOf(row, indicator.name) }));
  const chosen = state.departement ? now.departements.find((row) => row.code === state.departement) : undefined;
  const chosenValue = numberOf(chosen, indicator.name);
  if (chosen && chosenValue !== null) {
    const place = rank(departments, String(chosen.code));
    result.push({
      label: at(areaName('departement', String(chosen.code))),
      value: formatValue(chosenValue, indicator.unit),
      note: place ? `${subject} – ${place}` : subject,
    });
  } else {
    const known = departments.filter((item) => item.value !== null).sort((a, b) => a.value! - b.value!);
    if (known.length >= 2) {
      const low = known[0]!;
      const high = known.at(-1)!;
      result.push({
        label: at('Entre départements'),
        value: `${formatValue(low.value!, indicator.unit)} – ${formatValue(high.value!, indicator.unit)}`,
        note: `${subject} (${areaName('departement', low.code)} – ${areaName('departement', high.code)})`,
      });
    }
  }
  return result;
}

/** The section's band, or null when the region has no figure for it. */
export function renderKeyFigures(dataset: Dataset, state: ViewState): HTMLElement | null {
  const indicator = indicatorColumn(
    state.section,
    state.indicator,
    dataset.tables[state.section].filter((row) => matchesFilters(row, state.filters)),
  );
  if (!indicator) return null;
  const story = dashboardStory(dataset, state.region, state.filters.annee ? Number(state.filters.annee) : undefined);
  // A section showing one programme, indicator or type of structure tells that one's story.
  const part = state.filters.programme ?? state.filters.indicateur ?? state.filters.type_structure;
  const sentences = TABLES[state.section].headline.sentences(story, part);
  const figures = tiles(dataset, state, indicator);
  if (sentences.length === 0 && figures.length === 0) return null;
  return el(
    'section',
    { class: 'key-figures', attrs: { 'aria-label': 'Chiffres clés' } },
    ...sentences.map((sentence, index) => el('p', { class: index === 0 ? 'key-headline lead' : 'key-headline', text: sentence })),
    figures.length > 0
      ? el(
          'dl',
          { class: 'key-tiles' },
          ...figures.map((tile) =>
            el(
              'div',
              { class: 'key-tile' },
              el('dt', { text: tile.label }),
              el('dd', { class: 'key-value', text: tile.value }),
              tile.note ? el('dd', { class: 'key-note', text: tile.note }) : null,
            ),
          ),
        )
      : null,
  );
}
