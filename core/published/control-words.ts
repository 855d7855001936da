// What a person reads of a control line (controles.csv): the control's French name, and the keys of
// an `evolution` line spelt out. evolution.sql names the figure it compares by its table's keys as
// the data hold them (`Structures (CDS / 2)`, `Moyenne par structure (MSP / biologiste)`): the SQL
// has no catalogue of labels, core has. The machine file keeps the codes; the page and the French
// Excel export read this. Browser-safe.
import { CDS_GROUPS, type ControlRow, innerKeys, isTableName, PROFESSION_LABELS, PROGRAMMES, TABLES, type TableName } from '../schema';

/** Every control of pipeline/controls/ (its SQL file's name) as a person reads it. */
export const CONTROL_LABELS: Readonly<Record<string, string>> = {
  montants_indicateurs: 'Montants des indicateurs',
  prerequis_indicateurs: 'Prérequis et indicateurs',
  structure_hors_contrat: 'Structure hors contrat',
  remuneration_sans_patientele: 'Rémunération sans patientèle',
  cpts_sans_territoire: 'CPTS sans territoire',
  cpts_commune_hors_region: 'Commune de CPTS hors région',
  cpts_population_declaree: 'Population déclarée d’une CPTS',
  modalites_total: 'Modalités et total d’un indicateur',
  effectifs_structures: 'Effectifs de structures',
  evolution: 'Évolution',
};

/** The French name of a control; a control added without its label reads as its file name in words. */
export function controlLabel(name: string): string {
  const label = CONTROL_LABELS[name];
  if (label) return label;
  const words = name.replaceAll('_', ' ').replace(/\bcpts\b/g, 'CPTS');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** How one key's value reads inside the parentheses of an evolution line. */
const KEY_WORDS: Readonly<Record<string, (value: string) => string | undefined>> = {
  type_structure: (value) => value,
  groupe: (value) => `groupe ${value}`,
  categorie: (value) =>
    value === 'ensemble' ? 'ensemble des centres' : value in CDS_GROUPS ? `centres ${lower(CDS_GROUPS[value as keyof typeof CDS_GROUPS])}` : undefined,
  profession: (value) => (value in PROFESSION_LABELS ? lower(PROFESSION_LABELS[value as keyof typeof PROFESSION_LABELS]) : undefined),
  programme: (value) => (value in PROGRAMMES ? lower(PROGRAMMES[value as keyof typeof PROGRAMMES]) : undefined),
};

/** The keys evolution.sql joins (controls/index.ts): the table's keys but its area and year, in order. */
function comparedKeys(table: TableName): string[] {
  return innerKeys(table).filter((key) => key !== 'annee');
}

function spellKeys(table: TableName, codes: readonly string[], indicatorLabel: (code: string) => string | undefined): string {
  const keys = comparedKeys(table);
  // concat_ws leaves a missing key out: then each code is read by whichever catalogue knows it.
  const byPosition = codes.length === keys.length;
  const words = codes.map((code, i) => {
    if (byPosition) {
      const key = keys[i]!;
      // An MSP has no category of centres: its `ensemble` says nothing.
      if (key === 'categorie' && code === 'ensemble' && codes.includes('MSP')) return null;
      return (key === 'indicateur' ? indicatorLabel(code) : KEY_WORDS[key]?.(code)) ?? code;
    }
    return indicatorLabel(code) ?? keys.map((key) => KEY_WORDS[key]?.(code)).find((word) => word !== undefined) ?? code;
  });
  return words.filter((word) => word !== null).join(', ');
}

/**
 * The message of a control line as a person reads it: an evolution line's key codes spelt out
 * (`Structures (CDS, groupe 2) : …`, `Moyenne par structure (MSP, biologistes) : …`), a remuneration
 * indicator's code by its label. `indicatorLabel`: the label of an indicator's code, when known.
 */
export function controlMessage(row: ControlRow, indicatorLabel: (code: string) => string | undefined = () => undefined): string {
  // A remuneration indicator is read by its label wherever a line names it (« mais cds_accessibilite
  // non atteint(s) »); the exports' column and file names a person must correct stay as written.
  return evolutionMessage(row, indicatorLabel).replace(/\b[a-z0-9]+(?:_[a-z0-9]+)+\b/g, (code) => {
    const label = indicatorLabel(code);
    return label ? `« ${label} »` : code;
  });
}

function evolutionMessage(row: ControlRow, indicatorLabel: (code: string) => string | undefined): string {
  if (row.controle !== 'evolution' || !isTableName(row.dataset)) return row.message;
  const table = row.dataset;
  // The message starts with the column's label, then the keys in parentheses (evolution.sql).
  const label = TABLES[table].values.map((column) => column.label).find((text) => row.message.startsWith(`${text} (`));
  if (label === undefined) return row.message;
  const close = row.message.indexOf(') : ', label.length);
  if (close < 0) return row.message;
  const codes = row.message.slice(label.length + 2, close).split(' / ');
  return `${label} (${spellKeys(table, codes, indicatorLabel)})${row.message.slice(close + 1)}`;
}
