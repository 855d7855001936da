// What moved between two runs of the pipeline, one line per change: a figure revised, a row of a
// table new or gone, a structure entering or leaving a department's figure, a rejected line fixed or
// new, a control resolved or new. Browser-safe: the deck's annex and the dashboard's page read these.
import type { Value } from '../published';
import type { Unit } from '../schema';

export type ChangeNature =
  /** A figure of a year the earlier run already counted whole. */
  | 'révision'
  /** A figure of a year still being counted in the earlier run, or of a stock. */
  | 'mise à jour'
  | 'nouveau'
  | 'disparu'
  | 'entrée'
  | 'sortie'
  | 'rejet corrigé'
  | 'nouveau rejet'
  | 'contrôle résolu'
  | 'nouveau contrôle';

/**
 * A structure behind a department's figure that is new, gone, or whose own figures changed; or the
 * structure a control is about.
 */
export interface StructureMove {
  readonly id: string;
  readonly kind: 'entrée' | 'sortie' | 'modifiée' | 'concernée';
  /** For `modifiée`: the additive columns whose figures changed. */
  readonly columns?: readonly string[];
}

export interface Change {
  /** A table's name, or `rejets`, `controles`. */
  readonly tableau: string;
  /** The table's key columns (`niveau`, `code`, `annee`…), as written in `tables/`. */
  readonly keys: Readonly<Record<string, string>>;
  /** The figure's column; the rejected line's column; the control's name. */
  readonly colonne: string;
  /** The figure's unit, for a figure of a table. */
  readonly unit?: Unit;
  readonly avant: Value;
  readonly apres: Value;
  /** After − before, rounded to what the figure means. */
  readonly ecart: number | null;
  readonly nature: ChangeNature;
  /** The structures that explain it. */
  readonly structures: readonly StructureMove[];
  /** In words: the structures that moved, the reason of a rejected line, the control's message. */
  readonly motif: string;
}

/** Natures that revise a figure a deck showed. */
export const REVISING: ReadonlySet<ChangeNature> = new Set<ChangeNature>(['révision', 'mise à jour']);

const MOVE_WORDS: Record<StructureMove['kind'], string> = { entrée: 'entrée', sortie: 'sortie', modifiée: 'chiffres modifiés', concernée: 'concernée' };

/** `MSP750099 (entrée), MSP750001 (chiffres modifiés)`. */
export function movesInWords(moves: readonly StructureMove[]): string {
  return moves.map((move) => `${move.id} (${MOVE_WORDS[move.kind]})`).join(', ');
}
