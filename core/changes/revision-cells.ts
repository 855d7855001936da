// A revised figure as a person reads it, the same in the deck's annex and on the dashboard's page:
// the table's title, the area's name, the figure's label with its row spelt out, the values in
// French and the signed difference.

import { formatPoints, formatValue } from '../format';
import { areaName } from '../geography';
import { columnsOf, isTableName, keyLabel, tableSpec } from '../schema';
import type { Change } from './change';

export interface RevisionCells {
  readonly table: string;
  readonly area: string;
  readonly year: string;
  readonly figure: string;
  readonly before: string;
  readonly after: string;
  readonly difference: string;
  readonly structures: string;
}

const OUTER_KEYS = new Set(['niveau', 'code', 'annee']);

/** The column's label, then the row's other keys spelt out (`Effectif – MSP – Infirmiers`). */
function figureLabel(change: Change): string {
  if (!isTableName(change.tableau)) return change.colonne;
  const column = columnsOf(change.tableau).find((candidate) => candidate.name === change.colonne);
  const inner = tableSpec(change.tableau)
    .keys.filter((key) => !OUTER_KEYS.has(key.name) && change.keys[key.name])
    .map((key) => keyLabel(key.name, change.keys[key.name]));
  return [column?.label ?? change.colonne, ...inner].join(' – ');
}

const shown = (change: Change, value: unknown) => (typeof value === 'number' ? formatValue(value, change.unit ?? 'mean') : '');

/** `+53 644,11 €`, `−1`, `+2,2 pt`. */
function signed(change: Change): string {
  if (change.ecart === null) return '';
  if (change.unit === 'percent') return formatPoints(change.ecart);
  const sign = change.ecart > 0 ? '+' : change.ecart < 0 ? '\u2212' : '';
  return `${sign}${formatValue(Math.abs(change.ecart), change.unit ?? 'mean')}`;
}

export function revisionCells(change: Change): RevisionCells {
  return {
    table: isTableName(change.tableau) ? tableSpec(change.tableau).title : change.tableau,
    area: change.keys.niveau && change.keys.code ? areaName(change.keys.niveau, change.keys.code) : '',
    year: change.keys.annee ?? '',
    figure: figureLabel(change),
    before: shown(change, change.avant),
    after: shown(change, change.apres),
    difference: signed(change),
    structures: change.structures.map((move) => move.id).join(', '),
  };
}
