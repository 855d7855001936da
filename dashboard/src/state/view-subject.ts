// What the map, the chart and a printed page show, in one line: the indicator at its date or period,
// the filters that choose it, the scope (« Professionnels en 2023 (Médecins généralistes) –
// Île-de-France », « Actives au 30/04/2024 – Île-de-France »).
import type { Column } from '../../../core';
import type { Dataset } from '../model/dataset';
import { isProgrammes, programmeFigure } from '../model/programme-view';
import { periodWords, undatedLabel } from '../model/view-words';
import { chosenLabels, type ViewState } from './view-state';

export function viewSubject(dataset: Dataset, state: ViewState, indicator: Column): string {
  const period = periodWords(dataset, state.section, indicator, state.filters);
  // « Documents DMP – Pharmacies en T1 2024 – Île-de-France »: a programme's figure by its name, not « Valeur ».
  if (isProgrammes(state.section)) return `${programmeFigure(dataset, state.filters)}${period ? ` ${period}` : ''} – ${dataset.names.scope(state.region)}`;
  const label = period.startsWith('au ') ? undatedLabel(indicator) : indicator.label;
  const filters = chosenLabels(dataset, state, ['annee', 'periode']).join(', ');
  return `${label}${period ? ` ${period}` : ''}${filters ? ` (${filters})` : ''} – ${dataset.names.scope(state.region)}`;
}
