// What the slides of one territorial programme read: its rows in the report's region split into the
// indicator's own figures (totals) and its breakdowns' modalities (contract version 3), its title
// and section, and the frame every programme slide shares (headline, periods in the source line).
import type PptxGenJS from 'pptxgenjs';
import { isAreaRow, isPartRow, type Row, tableSpec, type Unit, unitOf } from '../../../core';
import type { DepartmentMap } from '../../map';
import { CONTENT } from '../design';
import { isTotalRow, periodKind, periodsReference, programmeSection, programmeTitle } from '../programmes';
import { regionRows } from '../select';
import { type DeckContext, footnoteLines, type SlideContext } from './context';
import { addFramedSlide } from './frame';
import { addHeadline, headlineHeight } from './table-slides';

export interface ProgrammeData {
  readonly code: string;
  /** The indicator's label (its last non-empty `libelle`), else its code. */
  readonly label: string;
  readonly title: string;
  readonly section: string;
  /** The region's department rows and its own rows, of every period. */
  readonly rows: readonly Row[];
  readonly totals: readonly Row[];
  readonly modalities: readonly Row[];
  /** A row of the area itself (the region's, or France's), not of one of its parts. */
  readonly isArea: (row: Row) => boolean;
  /** A row of one of the area's parts (its departments, or France's regions). */
  readonly isPart: (row: Row) => boolean;
}

export function programmeData(context: SlideContext, code: string): ProgrammeData {
  const table = context.tables.indicateurs_territoriaux;
  const rows = regionRows(table, context.scope, (row) => row.indicateur === code);
  const named = [...table.rows].reverse().find((row) => row.indicateur === code && typeof row.libelle === 'string' && row.libelle !== '');
  const label = named ? String(named.libelle) : code;
  return {
    code,
    label,
    title: programmeTitle(code, label),
    section: programmeSection(code),
    rows,
    totals: rows.filter(isTotalRow),
    modalities: rows.filter((row) => !isTotalRow(row)),
    isArea: (row) => isAreaRow(context.scope.region, row),
    isPart: (row) => isPartRow(context.scope.region, row),
  };
}

/** The distinct periods of `rows`, oldest first. */
export const periodsOf = (rows: readonly Row[]) => [...new Set(rows.map((row) => String(row.periode)))].sort();

/** The last `count` periods of the latest period's kind (months with months, quarters with quarters). */
export function latestPeriods(rows: readonly Row[], count: number): string[] {
  const periods = periodsOf(rows);
  const last = periods.at(-1);
  if (!last) return [];
  return periods.filter((periode) => periodKind(periode) === periodKind(last)).slice(-count);
}

const VALEUR = tableSpec('indicateurs_territoriaux').values.find((column) => column.name === 'valeur')!;

export const valueUnit = (row: Row | undefined): Unit => (row ? unitOf(VALEUR, row) : 'count');

/** The number format of a chart's axis and labels, by unit. */
export function chartFormat(unit: Unit): string {
  if (unit === 'percent') return '0.0" %"';
  if (unit === 'euro') return '#,##0" €"';
  return unit === 'mean' ? '#,##0.0' : '#,##0';
}

/** The label of a breakdown's modality: its `libelle_modalite`, else its code. */
export const modalityLabel = (row: Row) => String(row.libelle_modalite ?? row.modalite);

/** The modalities of one breakdown, in the order of the data (the pipeline's). */
export function modalitiesOf(rows: readonly Row[], dimension: string): { code: string; label: string }[] {
  const found = new Map<string, string>();
  for (const row of rows) if (row.dimension === dimension && !found.has(String(row.modalite))) found.set(String(row.modalite), modalityLabel(row));
  return [...found].map(([code, label]) => ({ code, label }));
}

const DIMENSION_LABELS: Readonly<Record<string, string>> = {
  profession: 'Profession',
  acteur: 'Acteur',
  mode: 'Mode de dépistage',
  service: 'Service',
  situation: 'Situation',
};

export const dimensionLabel = (dimension: string) => DIMENSION_LABELS[dimension] ?? dimension.charAt(0).toUpperCase() + dimension.slice(1).replace(/_/g, ' ');

/** The sentences of one programme's slide (core/tables/indicateurs_territoriaux/headline.ts). */
export function programmeHeadline(context: DeckContext, part: string): string[] {
  return context.story ? tableSpec('indicateurs_territoriaux').headline.sentences(context.story, part) : [];
}

export interface ProgrammeFrame {
  readonly slide: PptxGenJS.Slide;
  /** Where the figures start, under the headline. */
  readonly top: number;
}

/** A programme's slide: its section and title, its headline, and its periods in the source line. */
export function addProgrammeFrame(
  context: SlideContext,
  data: ProgrammeData,
  options: { readonly periods: readonly string[]; readonly headline: readonly string[]; readonly title?: string; readonly map?: DepartmentMap },
): ProgrammeFrame {
  const slide = addFramedSlide(context.pptx, {
    section: data.section,
    title: options.title ?? data.title,
    // The programme's own periods, never the deck's 31/12: its data are of a month, a quarter or a year.
    footnote: [
      ...footnoteLines(context, 'indicateurs_territoriaux', periodsReference(options.periods)),
      ...(options.map ? ['Fond de carte : Natural Earth (domaine public).'] : []),
    ],
  });
  const height = headlineHeight(options.headline);
  if (height > 0) addHeadline(slide, options.headline, height);
  return { slide, top: CONTENT.y + height };
}
