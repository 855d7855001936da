// The published tables in the order of the commission deck: the one list that names them all.
// Adding a table is adding its folder here (declaration and headline), its SQL model, its slides
// (reports/deck/tables/<table>.ts), and one line below. The deck, the workbook, the dashboard's
// sections and the pipeline follow this order; a table's slides may stand elsewhere in the deck
// (`deck` of its declaration).
import type { TableDeclaration } from '../schema/table-declaration';
import adhesions from './adhesions';
import cds from './cds';
import cdsEffectifs from './cds_effectifs';
import cdsPatientele from './cds_patientele';
import cdsRemunerations from './cds_remunerations';
import cptsCouverture from './cpts_couverture';
import depistage from './depistage';
import evenements from './evenements';
import indicateurs from './indicateurs';
import indicateursTerritoriaux from './indicateurs_territoriaux';
import mspProfil from './msp_profil';
import patientele from './patientele';
import professionnels from './professionnels';
import remunerations from './remunerations';
import remunerationsGroupes from './remunerations_groupes';

export const TABLE_DECLARATIONS = [
  adhesions,
  patientele,
  remunerations,
  professionnels,
  mspProfil,
  cptsCouverture,
  cds,
  cdsEffectifs,
  cdsPatientele,
  cdsRemunerations,
  remunerationsGroupes,
  indicateurs,
  evenements,
  depistage,
  indicateursTerritoriaux,
] as const;

export type TableName = (typeof TABLE_DECLARATIONS)[number]['name'];
export type TableSpec = TableDeclaration<TableName>;

export const TABLE_NAMES: readonly TableName[] = TABLE_DECLARATIONS.map((declaration) => declaration.name);

export const TABLES = Object.fromEntries(TABLE_DECLARATIONS.map((declaration) => [declaration.name, declaration])) as {
  readonly [N in TableName]: TableSpec;
};

export function tableSpec(name: TableName): TableSpec {
  return TABLES[name];
}

export function columnsOf(name: TableName) {
  const spec = tableSpec(name);
  return [...spec.keys, ...spec.values];
}

/** A table's keys other than its area (`niveau`, `code`): year, type, category, profession… */
export function innerKeys(name: TableName): string[] {
  return tableSpec(name)
    .keys.map((column) => column.name)
    .filter((column) => column !== 'niveau' && column !== 'code');
}

export function isTableName(name: string): name is TableName {
  return (TABLE_NAMES as readonly string[]).includes(name);
}

export interface DeckPlaceOf {
  readonly table: TableName;
  readonly part: string | undefined;
}

/**
 * The deck's sequence of table places, from the declarations' order and their `deck` places: a
 * place with `before` stands just ahead of that table's own places, the others at their table's.
 */
export function deckPlaces(): DeckPlaceOf[] {
  const places = TABLE_DECLARATIONS.flatMap((declaration) =>
    (declaration.deck ?? [{}]).map((place) => ({ table: declaration.name as TableName, part: place.part, before: place.before })),
  );
  return TABLE_DECLARATIONS.flatMap((declaration) => [
    ...places.filter((place) => place.before === declaration.name),
    ...places.filter((place) => place.table === declaration.name && place.before === undefined),
  ]).map(({ table, part }) => ({ table, part }));
}
