// Keeps the view in the URL: each change is a history entry, so the back button walks back through
// them, and the page re-renders from the URL on popstate.
import type { Dataset } from '../model/dataset';
import { normaliseState, sameState, stateToParams, type ViewState } from './view-state';

export interface StateStore {
  readonly current: () => ViewState;
  /** Moves to a new view, as a new history entry unless nothing changed. */
  readonly go: (next: ViewState) => void;
}

export function createStateStore(dataset: Dataset, render: (state: ViewState) => void): StateStore {
  const read = () => normaliseState(new URLSearchParams(window.location.search), dataset);
  let state = read();
  // Write the normalised view back without a new entry, so the first URL already holds every setting.
  window.history.replaceState(null, '', `?${stateToParams(state).toString()}`);

  window.addEventListener('popstate', () => {
    state = read();
    render(state);
  });

  return {
    current: () => state,
    go(wanted) {
      // Normalising again resets what no longer applies, e.g. the year when the section changes.
      const next = normaliseState(stateToParams(wanted), dataset);
      if (sameState(next, state)) return;
      state = next;
      window.history.pushState(null, '', `?${stateToParams(state).toString()}`);
      render(state);
    },
  };
}
