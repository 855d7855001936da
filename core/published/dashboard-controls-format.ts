// The dashboard's copy of the controls (`<out>/dashboard/controles.json`): the lines of
// controles.csv as column-major JSON, like data.json. A file of its own because its lines name
// structures and their amounts: the internal dashboard shows them on its data-quality page, a
// partner build must leave the file out. Browser-safe: the pipeline encodes, the dashboard decodes.
import { CONTROL_COLUMNS, type ControlRow, GRAVITIES, type Gravity } from '../schema';

export const DASHBOARD_CONTROLS_FILE = 'controles.json';
export const DASHBOARD_CONTROLS_VERSION = 1;

interface EncodedControls {
  readonly version: typeof DASHBOARD_CONTROLS_VERSION;
  readonly columns: readonly string[];
  readonly values: readonly (readonly (string | number | null)[])[];
}

export function encodeDashboardControls(rows: readonly ControlRow[]): string {
  const columns = CONTROL_COLUMNS.map((column) => column.name);
  const encoded: EncodedControls = { version: DASHBOARD_CONTROLS_VERSION, columns, values: columns.map((column) => rows.map((row) => row[column])) };
  return `${JSON.stringify(encoded)}\n`;
}

/** Checks the file once, at the boundary: the page then trusts its rows. */
export function decodeDashboardControls(data: unknown): ControlRow[] {
  const encoded = data as Partial<EncodedControls> | null;
  if (!encoded || encoded.version !== DASHBOARD_CONTROLS_VERSION || !Array.isArray(encoded.columns) || !Array.isArray(encoded.values)) {
    throw new Error(`dashboard controls: unsupported format (expected version ${DASHBOARD_CONTROLS_VERSION})`);
  }
  const expected = CONTROL_COLUMNS.map((column) => column.name);
  if (encoded.columns.join(',') !== expected.join(','))
    throw new Error(`dashboard controls: columns ${encoded.columns.join(',')}, expected ${expected.join(',')}`);
  const values = encoded.values;
  const length = values[0]?.length ?? 0;
  const at = (c: number, r: number) => {
    const column = values[c];
    if (!column || column.length !== length) throw new Error(`dashboard controls: column ${expected[c]} has the wrong length`);
    const value = column[r];
    if (value !== null && typeof value !== 'string' && typeof value !== 'number')
      throw new Error(`dashboard controls: ${expected[c]} row ${r + 1} is not a value`);
    return value;
  };
  const text = (c: number, r: number) => {
    const value = at(c, r);
    return value === null ? null : String(value);
  };
  return Array.from({ length }, (_, r) => {
    const gravite = text(1, r);
    if (!(GRAVITIES as readonly (string | null)[]).includes(gravite)) throw new Error(`dashboard controls: gravite row ${r + 1} is ${gravite}`);
    const annee = at(6, r);
    return {
      controle: text(0, r) ?? '',
      gravite: gravite as Gravity,
      dataset: text(2, r) ?? '',
      id_structure: text(3, r),
      niveau: text(4, r),
      code: text(5, r),
      annee: annee === null ? null : Number(annee),
      attendu: text(7, r),
      constate: text(8, r),
      message: text(9, r) ?? '',
    };
  });
}
