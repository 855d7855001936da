// The error a partner output stops on: a masked figure a reader could recompute, said in French
// with the table, the cell and the published figures that reveal it.

import { ReportError } from '../errors';
import { formatValue } from '../format';
import { areaName } from '../geography';
import { exportColumns, exportValue } from '../published/export-columns';
import type { Row } from '../published/published-tables';
import { columnsOf, type TableName, tableSpec } from '../schema';
import { type Exposure, P_RULE, revealingFigures } from './exposure';
import { type PublishedSystem, splitKey } from './published-system';
import { secrecyRule } from './table-secrecy';

/** A cell as a person finds it: its column, its area and the row's other keys. */
export interface BreachCell {
  readonly row: number;
  readonly column: string;
  /** `« Montant total » de Seine-et-Marne (77), 2023, MSP` */
  readonly label: string;
}

/** A masked value a reader could recompute: the output must not be written. */
export class SecrecyBreach extends ReportError {
  constructor(
    readonly table: TableName,
    readonly cell: BreachCell,
    /** The published figures that reveal it, labelled with their values. */
    readonly revealedBy: readonly string[],
    message: string,
  ) {
    super(message, 1);
    this.name = 'SecrecyBreach';
  }
}

export function cellLabel(table: TableName, rows: readonly Row[], row: number, column: string): string {
  const data = rows[row]!;
  const spec = tableSpec(table);
  const label = columnsOf(table).find((c) => c.name === column)?.label ?? column;
  const niveau = String(data.niveau);
  const code = String(data.code);
  const area = niveau === 'departement' ? `${areaName(niveau, code)} (${code})` : areaName(niveau, code);
  const keyNames = new Set(spec.keys.map((key) => key.name));
  // Catalogue codes spelt out as in the exports (`Sages-femmes`, not `sage_femme`).
  const keys = exportColumns(spec)
    .filter((column) => keyNames.has(column.name) && column.name !== 'niveau' && column.name !== 'code')
    .map((column) => exportValue(data, column))
    .filter((value) => value !== null && value !== undefined)
    .map(String);
  return `« ${label} » de ${[area, ...keys].join(', ')}`;
}

function valueText(table: TableName, rows: readonly Row[], row: number, column: string): string {
  const value = rows[row]![column];
  if (typeof value !== 'number') return String(value ?? '');
  const unit = columnsOf(table).find((c) => c.name === column)?.unit ?? 'count';
  return formatValue(value, unit === 'mean' ? 'mean' : unit);
}

export function breachFrom(system: PublishedSystem, exposure: Exposure, masked: ReadonlySet<string>): SecrecyBreach {
  const { rows, tables } = system.release;
  const [row, column] = splitKey(exposure.cell);
  const table = tables[row]!;
  const label = cellLabel(table, rows, row, column);
  const shown = (r: number, c: string) => `${cellLabel(tables[r]!, rows, r, c)} = ${valueText(tables[r]!, rows, r, c)}`;
  let revealedBy: string[];
  let what: string;
  if (exposure.kind === 'primary') {
    revealedBy = [];
    what = `${label} est publiée alors qu’elle est ${exposure.reason}`;
  } else {
    const { cells, figures } = revealingFigures(exposure.constraints, masked);
    revealedBy = [...cells.map((key) => shown(...splitKey(key))), ...figures.map((figure) => shown(figure.row, figure.column))];
    const unit = columnsOf(table).find((c) => c.name === column)?.unit ?? 'count';
    // + 0: a bound of −0 reads « 0 ».
    const range = (value: number) => (Number.isFinite(value) ? formatValue(value + 0, unit) : '∞');
    what =
      exposure.kind === 'exact'
        ? `${label}, masquée, peut être recalculée exactement`
        : `${label}, masquée, peut être encadrée entre ${range(exposure.low)} et ${range(exposure.high)} ` +
          `(elle doit pouvoir varier d’au moins ${Math.round(P_RULE * 100)} % dans les deux sens, ou d’une unité si elle est nulle)`;
    what += revealedBy.length > 0 ? ` à partir de : ${revealedBy.join(' ; ')}` : ' à partir des autres cases masquées et de leurs bornes';
  }
  return secrecyBreach(table, { row: system.release.local[row]!, column, label }, revealedBy, what);
}

/** A figure a partner file never shows (an extreme, a full-year mean) left unmasked. */
export function neverPublishedBreach(table: TableName, rows: readonly Row[], row: number, column: string): SecrecyBreach {
  const label = cellLabel(table, rows, row, column);
  const rule = secrecyRule(table);
  const mean = rule?.unpublishedBaseMeans.find((candidate) => candidate.mean === column);
  const shown = (c: string) => `${cellLabel(table, rows, row, c)} = ${valueText(table, rows, row, c)}`;
  let what: string;
  let revealedBy: string[] = [];
  if (mean && rule) {
    revealedBy = [shown(column), shown(rule.weight)];
    // What a reader does with it: mean × structures gives the total when every one was present all year.
    what =
      `${label} est publiée alors qu’elle est une moyenne sur un nombre de structures non publié ; avec ${revealedBy[1]}, ` +
      `elle redonne ${cellLabel(table, rows, row, mean.sum)} dès que toutes les structures sont présentes toute l’année`;
  } else {
    what = `${label} est publié alors qu’un minimum ou un maximum est le montant d’une seule structure, jamais publié en diffusion externe`;
  }
  return secrecyBreach(table, { row, column, label }, revealedBy, what);
}

export function secrecyBreach(table: TableName, cell: BreachCell, revealedBy: readonly string[], what: string): SecrecyBreach {
  const message = `secret statistique non garanti dans le tableau « ${tableSpec(table).title} » : ${what}. Aucun fichier n’a été écrit.`;
  return new SecrecyBreach(table, cell, revealedBy, message);
}
