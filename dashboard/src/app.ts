// Wires the page: controls, map, department panel, structure lists, chart and tables all render
// from one view state held in the URL.
import { type Column, departement, keyLabel, REGIONS, TABLES, type TableName } from '../../core';
import { createSectionNav } from './controls/section-nav';
import { createSelectField } from './controls/select-field';
import { viewTools } from './controls/view-tools';
import { type LoadingDataset, TableNotLoaded } from './data/lazy-dataset';
import { sectionOfUrl } from './data/load-dataset';
import { el } from './dom/el';
import { downloadCsv } from './download/download-csv';
import { downloadXlsx } from './download/download-xlsx';
import { renderKeyFigures } from './key-figures/key-figures';
import { createChoroplethMap } from './map/choropleth-map';
import { areaRows, FRANCE } from './model/area-rows';
import type { Dataset } from './model/dataset';
import { isNamed, matchesFilters } from './model/filters';
import { notProvided } from './model/not-provided';
import { isProgrammes, programmeTitle, regionOnlyBreakdown } from './model/programme-view';
import { figureColumns, indicatorColumn, SECTIONS } from './model/sections';
import { datedLabel, undatedLabel } from './model/view-words';
import './key-figures/key-figures.css';
import { renderDepartementPanel } from './panel/departement-panel';
import { QUALITY_VIEW, qualityNotice } from './quality/quality-page';
import { createStateStore } from './state/history';
import { filterParam, PARAMS, sectionFilters, stateToParams, type ViewState } from './state/view-state';
import { viewSubject } from './state/view-subject';
import { areaKey } from './structures/structure-list';
import { structuresSlot } from './structures/structures-slot';
import { renderDataTable } from './table/data-table';
import { sectionTables, yearsTable } from './table/section-tables';
import type { TableLine } from './table/table-model';

const tableActions = { downloadCsv, downloadXlsx };

function mapMessage(dataset: Dataset, state: ViewState, departementValues: number): string | null {
  const name = dataset.names.scope(state.region);
  if (state.region === FRANCE ? dataset.regionsWithData.size === 0 : !dataset.regionsWithData.has(state.region)) {
    const covered = [...dataset.regionsWithData].map((code) => dataset.names.scope(code)).join(', ');
    return `Aucune donnée pour ${name} dans cette publication${covered ? ` (régions couvertes : ${covered})` : ''}.`;
  }
  if (departementValues === 0) {
    const breakdown = isProgrammes(state.section) ? regionOnlyBreakdown(dataset, state.region, state.filters) : null;
    if (breakdown) return breakdown;
    const where = state.region === FRANCE && dataset.names.everyRegion ? 'pour la France entière' : `en ${name}`;
    return `Pas de chiffre départemental pour cet indicateur ${where} : voir le tableau ci-dessous.`;
  }
  return null;
}

/**
 * The map's legend: a programme's figure by the programme, its modality and its period, not
 * « Valeur »; a count of events by its event (« Structures … – Déconventionnements »).
 */
function mapLabel(dataset: Dataset, state: ViewState, indicator: Column): string {
  if (isProgrammes(state.section)) return programmeTitle(dataset, state.filters);
  const label = datedLabel(dataset, indicator, state.filters.annee === undefined ? undefined : Number(state.filters.annee));
  return state.filters.evenement ? `${label} – ${keyLabel('evenement', state.filters.evenement)}` : label;
}

/** A department's panel lists every section's figures: it opens once their tables have loaded. */
const PANEL_TABLES: readonly TableName[] = SECTIONS.map((s) => s.id);

/** The tables a view reads before it shows: its section's, and every one when a panel is open. */
const tablesOf = (section: TableName, departementOpen: boolean): readonly TableName[] => (departementOpen ? PANEL_TABLES : [section]);

export function startApp(root: HTMLElement, dataset: LoadingDataset): void {
  let mapDrawn = false;
  // What is loading, said while it loads (a section's or a panel's table: a chunk each).
  const loadingNote = el('p', { class: 'loading', attrs: { role: 'status', hidden: true } });
  const loading = (text: string | null) => {
    loadingNote.textContent = text ?? '';
    loadingNote.hidden = text === null;
  };
  const failed = (error: unknown) => {
    loading('Les données de cette vue n’ont pas pu être chargées : rechargez la page.');
    console.error(error);
  };
  // Back and forward to a view whose tables have not loaded (after a reload): the view changes once
  // they have, the history's own listener (added after this one) then reading the URL.
  window.addEventListener('popstate', (event) => {
    const params = new URLSearchParams(window.location.search);
    const missing = tablesOf(sectionOfUrl(window.location.search), params.has(PARAMS.departement)).filter((table) => !dataset.isLoaded(table));
    if (missing.length === 0) return;
    event.stopImmediatePropagation();
    loading('Chargement des données…');
    dataset.load(missing).then(() => window.dispatchEvent(new PopStateEvent('popstate', { state: event.state })), failed);
  });
  const store = createStateStore(dataset, (state) => show(state));
  // A change of view waits for the tables it shows (the URL changes with the view, never before it).
  let goToken = 0;
  const go = (change: Partial<ViewState>) => {
    const wanted = { ...store.current(), ...change };
    const token = ++goToken;
    const missing = tablesOf(wanted.section, wanted.departement !== null).filter((table) => !dataset.isLoaded(table));
    if (missing.length === 0) {
      store.go(wanted);
      return;
    }
    loading(
      wanted.departement !== null && wanted.departement !== store.current().departement
        ? 'Chargement des chiffres du département…'
        : 'Chargement des données de la rubrique…',
    );
    dataset.load(missing).then(() => {
      if (token !== goToken) return;
      loading(null);
      store.go(wanted);
    }, failed);
  };

  const regionField = createSelectField('region', 'Région', (region) => go({ region, departement: null, structures: null }));
  const sectionNav = createSectionNav((section) => go({ section, indicator: '', filters: { ...store.current().filters }, structures: null }));
  const indicatorField = createSelectField('indicateur', 'Indicateur', (indicator) => go({ indicator }));
  const filterFields = new Map<string, ReturnType<typeof createSelectField>>();
  const filterSlot = el('div', { class: 'filters' });

  const map = createChoroplethMap((code) => {
    const target = departement(code);
    if (!target) return;
    const region = store.current().region === FRANCE ? FRANCE : target.region;
    go({ region, departement: code });
  });

  const title = el('h2', { attrs: { id: 'section-title' } });
  const printInfo = el('p', { class: 'print-only print-info' });
  const keyFiguresSlot = el('div', { class: 'key-figures-slot' });
  const panelSlot = el('div', { class: 'panel-slot' });
  const chartSlot = el('div', { class: 'chart-slot' });
  const tablesSlot = el('div', { class: 'tables', attrs: { id: 'tableaux' } });
  const structures = structuresSlot(dataset, (area, filters) =>
    go({ structures: area, ...(filters ? { filters: { ...store.current().filters, ...filters } } : {}) }),
  );
  const qualityHref = () => `?${new URLSearchParams({ vue: QUALITY_VIEW, retour: window.location.search }).toString()}`;
  const notice = el('div', { class: 'quality-slot' });
  const tools = viewTools({
    title: () => title.textContent ?? '',
    subject: () => subject,
    map,
    chart: () => chartSlot.querySelector<SVGSVGElement>('svg'),
    footnote: () => `Source : exports de l’Assurance Maladie. ${document.getElementById('meta')?.textContent ?? ''}`,
  });

  const view = el(
    'section',
    { class: 'view', attrs: { 'aria-labelledby': 'section-title' } },
    title,
    printInfo,
    keyFiguresSlot,
    el('div', { class: 'controls' }, indicatorField.element, filterSlot),
    el('div', { class: 'map-area' }, map.element, panelSlot),
    structures.element,
    chartSlot,
    tablesSlot,
  );
  root.append(notice, el('div', { class: 'toolbar' }, regionField.element, tools.element), sectionNav.element, loadingNote, view);

  // What the map shows, in words: the pictures' title and the printed page's line.
  let subject = '';
  let chartToken = 0;
  const renderChart = (state: ViewState) => {
    const token = ++chartToken;
    const indicator = indicatorColumn(state.section, state.indicator);
    const model = yearsTable(dataset, state);
    chartSlot.replaceChildren();
    tools.setChart(false);
    if (!model || !indicator) return;
    void import('./chart/evolution-chart').then(({ evolutionChart }) => {
      if (token !== chartToken) return;
      chartSlot.replaceChildren(
        el(
          'figure',
          { class: 'chart' },
          // Its years stand at different dates (the caption says which): the axis names the figure only.
          evolutionChart({ model, unit: indicator.unit, indicatorLabel: undatedLabel(indicator), width: chartSlot.clientWidth || 640 }),
          el('figcaption', { text: model.caption }),
        ),
      );
      tools.setChart(true);
    });
  };

  const renderFilters = (state: ViewState) => {
    const filters = sectionFilters(dataset, state.section, state.region, state.filters);
    const fields = filters
      // A filter with a single value (the structure type, MSP) has nothing to choose, unless the
      // reader must see it (the year, the event counted, a breakdown's modality).
      .filter(isNamed)
      .map((filter) => {
        let field = filterFields.get(filter.key);
        if (!field) {
          field = createSelectField(filterParam(filter.key), filter.label, (value) => go({ filters: { ...store.current().filters, [filter.key]: value } }));
          filterFields.set(filter.key, field);
        }
        field.set(filter.options, state.filters[filter.key] ?? filter.defaultValue);
        return field.element;
      });
    if (fields.length !== filterSlot.children.length || fields.some((f, i) => filterSlot.children[i] !== f)) {
      filterSlot.replaceChildren(...fields);
    }
  };

  const structuresButton = (state: ViewState, code: string, name: string, filters?: Record<string, string>) =>
    dataset.structureTables.has(state.section) ? structures.button(code, name, filters) : null;

  // The department whose panel (or its loading) the last view showed, and whether the user opened it
  // (its panel then takes the focus, not one restored from the URL at load).
  let panelFor: string | null = null;
  let focusPanel = false;
  let panelPending = false;
  const renderPanel = (state: ViewState) => {
    panelPending = false;
    if (!state.departement) {
      panelFor = null;
      panelSlot.replaceChildren(
        el(
          'div',
          { class: 'panel-hint' },
          el('p', {
            text: `Cliquez sur un département de la carte, ou atteignez-le avec la touche Tab puis Entrée, pour ouvrir sa fiche : tous ses indicateurs, à côté de ceux de sa région${dataset.names.everyRegion ? ' et de la France' : ''}.`,
          }),
        ),
      );
      return;
    }
    const code = state.departement;
    if (code !== panelFor) {
      panelFor = code;
      focusPanel = mapDrawn;
    }
    if (!PANEL_TABLES.every((table) => dataset.isLoaded(table))) {
      // A panel restored from the URL: the map first, the panel once every section's table has loaded.
      panelPending = true;
      panelSlot.replaceChildren(el('div', { class: 'panel-hint' }, el('p', { attrs: { role: 'status' }, text: 'Chargement des chiffres du département…' })));
      const token = showToken;
      dataset.load(PANEL_TABLES).then(() => {
        if (token === showToken) show(state);
      }, failed);
      return;
    }
    const panel = renderDepartementPanel(dataset, state, code, {
      onClose: () => {
        go({ departement: null });
        document.querySelector<SVGPathElement>(`path.dep[data-code="${code}"]`)?.focus();
      },
      structures: structuresButton(state, code, departement(code)?.nom ?? code),
    });
    panelSlot.replaceChildren(panel);
    // Move focus to a panel the user just opened, not to one restored from the URL at load.
    if (focusPanel) panel.querySelector<HTMLElement>('#panel-title')?.focus();
    focusPanel = false;
  };

  // Shows a view. One whose figures read a table not loaded yet (a section's headline comparing
  // with another table) stops at that table: hidden, never shown with a figure missing, until it
  // has loaded and the view is drawn again.
  let showToken = 0;
  function show(state: ViewState): void {
    const token = ++showToken;
    try {
      render(state);
    } catch (error) {
      if (!(error instanceof TableNotLoaded)) throw error;
      view.style.visibility = 'hidden';
      view.setAttribute('aria-busy', 'true');
      loading('Chargement des données de la rubrique…');
      dataset.load([error.table]).then(() => {
        if (token === showToken) show(state);
      }, failed);
      return;
    }
    view.style.visibility = '';
    view.removeAttribute('aria-busy');
    loading(null);
  }

  function render(state: ViewState) {
    const section = SECTIONS.find((s) => s.id === state.section)!;
    const spec = TABLES[state.section];
    const rows = dataset.tables[state.section].filter((row) => matchesFilters(row, state.filters));
    const indicator = indicatorColumn(state.section, state.indicator, rows)!;
    const regionName = dataset.names.scope(state.region);
    const href = (id: TableName) => `?${stateToParams({ ...state, section: id, indicator: '', structures: null }).toString()}`;

    document.title = `${section.label} – ${regionName} – Tableau de bord CPR`;
    const all = dataset.names.offersAll ? [{ value: FRANCE, label: dataset.names.scope(FRANCE) }] : [];
    regionField.set([...all, ...REGIONS.map((r) => ({ value: r.code, label: r.nom }))], state.region);
    sectionNav.set(state.section, href);
    const year = state.filters.annee === undefined ? undefined : Number(state.filters.annee);
    indicatorField.set(
      figureColumns(state.section).map((c) => ({ value: c.name, label: datedLabel(dataset, c, year) })),
      state.indicator,
    );
    // The programmes have one figure (« Valeur »): the programme and its modality say what it is.
    indicatorField.element.hidden = isProgrammes(state.section);
    renderFilters(state);
    title.textContent = `${spec.title} – ${regionName}`;
    subject = viewSubject(dataset, state, indicator);
    printInfo.textContent = `${subject}. ${document.getElementById('meta')?.textContent ?? ''}`;
    notice.replaceChildren(qualityNotice(dataset, qualityHref()));
    keyFiguresSlot.replaceChildren(...[renderKeyFigures(dataset, state)].filter((band) => band !== null));

    const values = new Map<string, number | null>();
    let masked = 0;
    for (const row of areaRows(rows, state.region).departements) {
      const value = row[indicator.name];
      if (dataset.isMasked(row, indicator.name)) masked++;
      values.set(String(row.code), typeof value === 'number' && !dataset.isMasked(row, indicator.name) ? value : null);
    }
    // Every department masked (a partner build): hatched as « Pas de donnée », said to be the secret's.
    const allMasked = masked > 0 && masked === values.size ? 'Chiffres départementaux masqués (secret statistique) : « NS » dans le tableau ci-dessous.' : null;
    map.update({
      region: state.region,
      regionName,
      indicator: indicator.name,
      indicatorLabel: mapLabel(dataset, state, indicator),
      unit: indicator.unit,
      values,
      selected: state.departement,
      message: notProvided(dataset, state.section) ?? mapMessage(dataset, state, values.size) ?? allMasked,
    });
    renderPanel(state);
    if (!mapDrawn) {
      mapDrawn = true;
      // The next frame is the first one painted with the map: what the performance script times.
      requestAnimationFrame(() => performance.mark('cpr:map-drawn'));
    }
    void structures.render(state);
    renderChart(state);

    // A category line (a profession) is the region's figure for that category.
    const category = TABLES[state.section].keys.find((c) => c.unit === 'text' && c.name !== 'periode')?.name;
    const rowAction = (line: TableLine) =>
      line.level === 'category'
        ? category
          ? structuresButton(state, areaKey(state.region === FRANCE ? 'france' : 'region', state.region), line.name, { [category]: line.code })
          : null
        : structuresButton(state, areaKey(line.level, line.code), line.name);
    const models = sectionTables(dataset, state).filter((m) => m.body.length + m.totals.length > 0);
    const missing = notProvided(dataset, state.section);
    tablesSlot.replaceChildren(
      ...(missing
        ? [el('p', { class: 'empty', attrs: { 'data-not-provided': state.section }, text: missing })]
        : models.length > 0
          ? models.map((model) => renderDataTable(model, tableActions, { rowAction: model.id === 'par-annee' ? undefined : rowAction }))
          : [el('p', { class: 'empty', text: `Aucune donnée pour ${regionName} dans cette rubrique.` })]),
    );
    // Ready once every figure of the view is drawn (a panel restored from the URL, once loaded).
    if (panelPending) delete document.documentElement.dataset.ready;
    else document.documentElement.dataset.ready = 'true';
  }

  show(store.current());
}
