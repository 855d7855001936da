// The lines of a department's panel for one table, each naming what it is: the caption names the
// fixed filters and the year or date (« Rémunération – groupes, CDS, 4. Prérequis non atteints :
// avance à rembourser, 2023 », « CPTS – couverture, au 30/04/2024 »), a row its indicator and
// category (« Professionnels – Médecins généralistes », « Actives au 30/04/2024 »), and a programme
// of the other programmes its own period (« Séances Mon soutien psy remboursées (montant), en 2023 »).
import type { Row } from '../../../core';
import { type Column, departement, TABLES, type TableName } from '../../../core';
import { choiceOf, figureName, keyValue, PROGRAMMES_TABLE, TOTAL } from '../model/breakdowns';
import type { Dataset } from '../model/dataset';
import { filtersOf, isNamed } from '../model/filters';
import { figureColumns, indicatorColumn, SECTIONS, shownAs } from '../model/sections';
import { datedLabel, periodWords } from '../model/view-words';
import type { ViewState } from '../state/view-state';

export interface PanelLine {
  readonly label: string;
  readonly column: Column;
  readonly departement: Row;
  readonly region: Row | undefined;
  readonly france: Row | undefined;
  /** Department rows of the same slice, for the rank. */
  readonly peers: readonly Row[];
}

export interface PanelTable {
  readonly table: TableName;
  readonly caption: string;
  readonly lines: readonly PanelLine[];
}

function sameKeys(a: Row, b: Row, keys: readonly string[]): boolean {
  return keys.every((key) => a[key] === b[key]);
}

/**
 * The key giving one line per value: a category (profession, programme), or, for a table of one
 * figure whose rows are different indicators (the other programmes), the indicator.
 */
function categoryOf(table: TableName): string | undefined {
  const spec = TABLES[table];
  const text = spec.keys.find((c) => c.unit === 'text' && c.name !== 'periode')?.name;
  if (text) return text;
  return figureColumns(table).length === 1 && spec.keys.some((c) => c.name === 'indicateur') ? 'indicateur' : undefined;
}

/** The latest period of rows, or the one the open section shows when they have it. */
function periodOf(rows: readonly Row[], wanted: string | undefined): string | undefined {
  const periods = rows.map((row) => String(row.periode)).sort();
  return wanted !== undefined && periods.includes(wanted) ? wanted : periods.at(-1);
}

/** Lines of one table for a department: the open section's filters when it is this table, else the defaults (latest year). */
export function panelTable(dataset: Dataset, state: ViewState, table: TableName, code: string): PanelTable | null {
  const all = dataset.tables[table];
  const own = all.filter((row) => row.niveau === 'departement' && row.code === code);
  if (own.length === 0) return null;
  const wanted: Readonly<Record<string, string>> = table === state.section ? state.filters : {};
  const filters = filtersOf(table, own, wanted);
  const keys = filters.map((f) => f.key);
  const chosen = (key: string) => {
    const filter = filters.find((f) => f.key === key)!;
    return filter.options.some((o) => o.value === wanted[key]) ? wanted[key]! : filter.defaultValue;
  };
  const category = categoryOf(table);
  // With one line per indicator, each line has its own latest period.
  const perLine = category === 'indicateur' ? ['periode'] : [];
  const fixed = keys.filter((key) => key !== category && !perLine.includes(key));
  const rows = own.filter((row) => fixed.every((key) => keyValue(row, key) === chosen(key)));
  const regionCode = departement(code)?.region;
  const totals = all.filter((row) => (row.niveau === 'region' && row.code === regionCode) || row.niveau === 'france');
  const totalOf = (row: Row, niveau: string) => totals.find((r) => r.niveau === niveau && sameKeys(r, row, keys));
  const peersOf = (row: Row) => all.filter((r) => r.niveau === 'departement' && sameKeys(r, row, keys));
  const lineOf = (label: string, column: Column, row: Row): PanelLine => ({
    label,
    column: shownAs(column, [row]),
    departement: row,
    region: totalOf(row, 'region'),
    france: totalOf(row, 'france'),
    peers: peersOf(row),
  });
  const year = keys.includes('annee') ? Number(chosen('annee')) : undefined;
  const lines: PanelLine[] = [];
  if (table === PROGRAMMES_TABLE) {
    const sectionLabel = SECTIONS.find((s) => s.id === table)!.label;
    const programmes = programmeLines(dataset, state, own, (column, row) => lineOf('', column, row));
    return programmes.length > 0 ? { table, caption: sectionLabel, lines: programmes } : null;
  }
  if (category) {
    const filter = filters.find((f) => f.key === category)!;
    const main = indicatorColumn(table, SECTIONS.find((s) => s.id === table)!.defaultIndicator)!;
    for (const option of filter.options) {
      const candidates = rows.filter((r) => String(r[category]) === option.value);
      const period = perLine.length > 0 ? periodOf(candidates, wanted.indicateur === option.value ? wanted.periode : undefined) : undefined;
      const row = candidates.find((r) => period === undefined || String(r.periode) === period);
      if (!row) continue;
      // A table of one figure (« Valeur ») is named by its indicator and that indicator's period.
      const label =
        period === undefined
          ? `${datedLabel(dataset, main, year)} – ${option.label}`
          : `${option.label}, ${periodWords(dataset, table, main, { periode: period })}`;
      lines.push(lineOf(label, main, row));
    }
  } else if (rows[0]) {
    for (const column of figureColumns(table, rows)) lines.push(lineOf(datedLabel(dataset, column, year), column, rows[0]));
  }
  if (lines.length === 0) return null;
  // What the caption fixes: the filters that offer a choice (a single structure type says nothing), then when.
  const words = filters
    .filter((f) => fixed.includes(f.key) && f.key !== 'annee' && isNamed(f))
    .map((f) => f.options.find((o) => o.value === chosen(f.key))?.label ?? '');
  const stock = TABLES[table].stock === true && year === undefined && TABLES[table].values[0];
  const when = year !== undefined ? String(year) : stock ? periodWords(dataset, table, stock, {}) : '';
  const sectionLabel = SECTIONS.find((s) => s.id === table)!.label;
  return { table, caption: [sectionLabel, ...words, when].filter((text) => text !== '').join(', '), lines };
}

/**
 * The other programmes of a department: each programme's total at its latest period (the open
 * programme's at the chosen period when it has one), and the open breakdown's modality beside it.
 * Every line names its programme, its modality and its period (« Documents DMP – Pharmacies, au T1 2024 »).
 */
function programmeLines(dataset: Dataset, state: ViewState, own: readonly Row[], lineOf: (column: Column, row: Row) => PanelLine): PanelLine[] {
  const all = dataset.tables[PROGRAMMES_TABLE];
  const main = indicatorColumn(PROGRAMMES_TABLE, SECTIONS.find((s) => s.id === PROGRAMMES_TABLE)!.defaultIndicator)!;
  const open = state.section === PROGRAMMES_TABLE ? choiceOf(state.filters) : undefined;
  const named = (row: Row, name: string): PanelLine => {
    const line = lineOf(main, row);
    return { ...line, label: `${name}, ${periodWords(dataset, PROGRAMMES_TABLE, main, { periode: keyValue(row, 'periode') })}` };
  };
  const lines: PanelLine[] = [];
  // The open programme first: the figure the map shows heads the panel.
  const programmes = [...new Set(own.map((row) => keyValue(row, 'indicateur')))].sort(
    (a, b) => Number(b === open?.indicateur) - Number(a === open?.indicateur),
  );
  for (const indicateur of programmes) {
    const rows = own.filter((row) => keyValue(row, 'indicateur') === indicateur);
    const isOpen = open?.indicateur === indicateur;
    const totals = rows.filter((row) => keyValue(row, 'dimension') === TOTAL);
    const period = periodOf(totals, isOpen ? open.periode : undefined);
    const total = totals.find((row) => keyValue(row, 'periode') === period);
    // A programme also broken down: its total says so (« – Total »), beside a modality.
    if (total) lines.push(named(total, figureName(all, { indicateur, dimension: TOTAL, modalite: TOTAL })));
    if (isOpen && open.dimension !== TOTAL) {
      const modality = rows.find(
        (row) => keyValue(row, 'dimension') === open.dimension && keyValue(row, 'modalite') === open.modalite && keyValue(row, 'periode') === open.periode,
      );
      if (modality) lines.push(named(modality, figureName(all, open)));
    }
  }
  return lines;
}
