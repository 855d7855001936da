// Everything about one published table, declared once (core/tables/<table>/): its columns, what a
// person reads about it, where it comes from, its statistical secrecy, its headline, its place in
// the deck and its dashboard section. Its SQL model (pipeline/model/<table>.sql, with
// pipeline/model/detail/<table>.sql for a table of structures) and its slides
// (reports/deck/tables/<table>.ts) are found by its name. Every field but the optional ones is
// required, so a table that lacks one does not compile; defineTable also checks them at run time.
import type { TableSecrecy } from '../secrecy/rule';
import type { HeadlineTemplate } from '../story/headline';
import type { Column } from './columns';
import type { DatasetName } from './datasets';

/** The dashboard's section of a table. */
export interface DashboardSection {
  /** Short label of the navigation. */
  readonly label: string;
  /** Indicator shown when the URL names none. */
  readonly defaultIndicator: string;
  /**
   * A table of the chosen area listing every value of one key (every indicator), in the table's row
   * order, with these columns (text ones included, such as an indicator's axis).
   */
  readonly listBy?: { readonly key: string; readonly columns: readonly string[] };
}

/**
 * One place of a table's slides in the deck. The deck follows the order of the declarations
 * (core/tables/index.ts); a place with `before` stands just ahead of that table's slides instead.
 */
export interface DeckPlace {
  /** Names the slides of this place for the table's slide module and its headline (`MSP`, `ouverture`…). */
  readonly part?: string;
  /** The table whose slides these precede. */
  readonly before?: string;
}

export interface TableDeclaration<N extends string = string> {
  readonly name: N;
  readonly title: string;
  /** One sentence defining the figures, shown under the table. */
  readonly definition: string;
  readonly keys: readonly Column[];
  readonly values: readonly Column[];
  /** Worksheet name (Excel allows 31 characters, none of `[]:*?/\`). */
  readonly sheet: string;
  /** The exports its figures are computed from, named in its source line. */
  readonly datasets: readonly DatasetName[];
  /** Other sources named in its source line (`populations légales INSEE`). */
  readonly otherSources?: string;
  /**
   * `structures`: every figure counts or sums structures, and the structure-level rows behind the
   * department figures are published (`detail/<table>.csv`, the dashboard's lists), with these
   * additive columns; `areas`: figures given per area (rates, territorial indicators), no detail.
   */
  readonly rows:
    | {
        readonly of: 'structures';
        readonly additive: readonly string[];
        /**
         * Each structure's own value behind a figure that is no sum (the amounts a median is taken
         * of), listed after the additive columns in `detail/<table>.csv`: what explains a revision.
         */
        readonly listed?: readonly string[];
      }
    | { readonly of: 'areas' };
  /** Statistical secrecy for partners: a rule, or « public » with the reason stated under it. */
  readonly secrecy: TableSecrecy;
  readonly headline: HeadlineTemplate;
  readonly section: DashboardSection;
  /** Its places in the deck; default: one, at its place in the declarations' order. */
  readonly deck?: readonly DeckPlace[];
  /** A stock (what exists on a date), standing at the run's cut-off date (« au 30/04/2024 »). */
  readonly stock?: boolean;
  /** The last year a report shows: the report's (default) or, for contracts, their last year. */
  readonly lastYear?: 'report' | 'contracts';
  /** A report also shows the other regions and France, which the deck compares (CPTS coverage). */
  readonly otherRegions?: boolean;
}

const SHEET_NAME = /^[^[\]:*?/\\]{1,31}$/;

/** Checks at run time what the type asks for, for a declaration that escaped the compiler. */
export function declarationProblems(declaration: TableDeclaration): string[] {
  const problems: string[] = [];
  const where = `tableau ${declaration.name || '(sans nom)'}`;
  if (!/^[a-z][a-z0-9_]*$/.test(declaration.name ?? '')) problems.push(`${where} : nom invalide`);
  if (!declaration.title) problems.push(`${where} : titre manquant`);
  if (!declaration.definition) problems.push(`${where} : définition manquante`);
  if (!SHEET_NAME.test(declaration.sheet ?? '')) problems.push(`${where} : nom de feuille manquant ou invalide`);
  const secrecy = declaration.secrecy as (Partial<Record<string, unknown>> & { public?: unknown }) | undefined;
  if (!secrecy || ('public' in secrecy && (typeof secrecy.public !== 'string' || secrecy.public.trim() === ''))) {
    problems.push(`${where} : règle de secret statistique manquante (une règle, ou « public » avec sa raison)`);
  } else if ('public' in secrecy && Object.keys(secrecy).length > 1) {
    // Secrecy fails closed: a rule beside « public » would be read as public and publish unmasked.
    problems.push(`${where} : secret statistique à la fois « public » et soumis à une règle`);
  }
  if (typeof declaration.headline?.sentences !== 'function' || typeof declaration.headline?.facts !== 'function') {
    problems.push(`${where} : modèle de phrase d’accroche manquant`);
  }
  if (!declaration.section?.label || !declaration.section?.defaultIndicator) problems.push(`${where} : rubrique du tableau de bord manquante`);
  const columns = new Set([...(declaration.keys ?? []), ...(declaration.values ?? [])].map((column) => column.name));
  if (declaration.section?.defaultIndicator && !columns.has(declaration.section.defaultIndicator)) {
    problems.push(`${where} : indicateur par défaut « ${declaration.section.defaultIndicator} » absent des colonnes`);
  }
  if (declaration.rows?.of === 'structures') {
    for (const name of declaration.rows.additive) if (!columns.has(name)) problems.push(`${where} : colonne additive « ${name} » absente des colonnes`);
  }
  return problems;
}

/** A table's declaration, checked: a declaration with a problem stops whatever loads it. */
export function defineTable<const N extends string>(declaration: TableDeclaration<N>): TableDeclaration<N> {
  const problems = declarationProblems(declaration);
  if (problems.length > 0) throw new Error(`déclaration de tableau incomplète : ${problems.join(' ; ')}`);
  return declaration;
}
