// The controls' output (`<out>/controles.csv`): one line per inconsistency found between the exports
// or the tables. Browser-safe: the dashboard and the deck read and label it from here.

export const GRAVITIES = ['erreur', 'alerte'] as const;
export type Gravity = (typeof GRAVITIES)[number];

export const GRAVITY_LABELS: Record<Gravity, string> = { erreur: 'Erreur', alerte: 'Alerte' };

export interface ControlRow {
  /** The control's name: its SQL file in pipeline/controls. */
  readonly controle: string;
  readonly gravite: Gravity;
  /** The dataset or table the line is about. */
  readonly dataset: string;
  readonly id_structure: string | null;
  readonly niveau: string | null;
  readonly code: string | null;
  readonly annee: number | null;
  /** What the other export or the definition says, and what was found (plain text, dot decimals). */
  readonly attendu: string | null;
  readonly constate: string | null;
  /** A French sentence a person can act on. */
  readonly message: string;
}

export type ControlColumn = keyof ControlRow;

/** Columns of controles.csv in order, with their French label for people. */
export const CONTROL_COLUMNS: readonly { readonly name: ControlColumn; readonly label: string }[] = [
  { name: 'controle', label: 'Contrôle' },
  { name: 'gravite', label: 'Gravité' },
  { name: 'dataset', label: 'Jeu de données' },
  { name: 'id_structure', label: 'Structure' },
  { name: 'niveau', label: 'Niveau' },
  { name: 'code', label: 'Code' },
  { name: 'annee', label: 'Année' },
  { name: 'attendu', label: 'Attendu' },
  { name: 'constate', label: 'Constaté' },
  { name: 'message', label: 'Message' },
];
