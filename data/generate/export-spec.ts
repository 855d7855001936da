// What every generated export is: a file in one tool's format, a header, and a stream of records,
// some of them planted bad rows that the pipeline must reject.
import type { DatasetName, StructureType } from '../../core';
import type { FileFormat } from './csv-file-writer';
import type { Plan, Slot } from './plan';
import { type Structure, structureAt } from './structure';

/** The contract's reject rules a planted row breaks. */
export type RejectRule =
  | 'negative-count'
  | 'unknown-structure'
  | 'amounts-disagree'
  | 'duplicate-key'
  | 'unknown-profession'
  | 'percent-out-of-range'
  | 'unknown-commune'
  | 'unknown-indicator'
  | 'indicator-of-other-type'
  | 'unknown-territory'
  | 'unit-conflict'
  // Version 3: a breakdown half given, an indicator in months and quarters, a period that cannot be
  // read, an agreement event outside the list, an event dated after the run's arrêté.
  | 'dimension-without-modality'
  | 'modality-without-dimension'
  | 'period-kind-conflict'
  | 'unreadable-period'
  | 'unknown-event'
  | 'date-after-arrete';

/** The contract's datasets, versions 2 and 3 included. */
export type GeneratedDataset = DatasetName | 'indicateurs' | 'indicateurs_territoriaux' | 'evenements_structures';

export interface BadRow {
  /** The contract column at fault (for a duplicate, the first key column). */
  readonly column: string;
  readonly value: string;
  readonly rule: RejectRule;
}

export interface ExportRow {
  readonly cells: readonly string[];
  readonly bad?: BadRow;
}

export interface DatasetExport {
  readonly dataset: GeneratedDataset;
  readonly file: string;
  readonly format: FileFormat;
  readonly header: readonly string[];
  rows(plan: Plan): Iterable<ExportRow>;
}

/** Every structure of a type, copy after copy, in plan order. */
export function* structuresOf(plan: Plan, type: StructureType): Generator<Structure> {
  for (const copy of copiesOf(plan, type)) yield* copy;
}

/**
 * The structures of a type, one copy of the plan at a time: yearly datasets loop over years inside a
 * copy, so each structure is drawn once per file while memory holds one copy only.
 */
export function* copiesOf(plan: Plan, type: StructureType): Generator<readonly Structure[]> {
  const slots: Slot[] = plan.slots.filter((slot) => slot.type === type);
  for (let copy = 0; copy < plan.spec.copies; copy++) yield slots.map((slot) => structureAt(plan, copy, slot));
}

/** `66.5` → `66,5`. */
export function decimalComma(value: number, digits: number): string {
  return value.toFixed(digits).replace('.', ',');
}
