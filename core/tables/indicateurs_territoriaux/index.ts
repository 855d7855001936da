// The one-off programmes a deck shows by department (Prado, Mon soutien psy, Mon bilan prévention…).
import { column, KEY_COLUMNS } from '../../schema/columns';
import { defineTable } from '../../schema/table-declaration';
import { headline } from './headline';

export default defineTable({
  name: 'indicateurs_territoriaux',
  title: 'Autres programmes – indicateurs territoriaux',
  definition:
    'Ligne d’un département : valeur de la source ; ligne d’une région : celle de la source, ou la somme de ses départements ; ligne France : la somme des régions ; une somme seulement quand l’indicateur est additif (jamais un pourcentage) et que chaque partie a une valeur.',
  keys: [
    KEY_COLUMNS.niveau,
    KEY_COLUMNS.code,
    { ...column('indicateur', 'Code de l’indicateur', 'code'), filterLabel: 'Programme' },
    column('periode', 'Période', 'text'),
    // Version 3: a breakdown's modality (both empty: the indicator's total).
    { ...column('dimension', 'Ventilation', 'code'), filterLabel: 'Ventilation' },
    { ...column('modalite', 'Modalité', 'code'), filterLabel: 'Modalité' },
  ],
  values: [
    column('libelle', 'Indicateur', 'text'),
    column('libelle_modalite', 'Modalité', 'text'),
    column('unite', 'Unité', 'code'),
    { ...column('valeur', 'Valeur', 'mean'), unitFrom: 'unite' },
  ],
  sheet: 'Autres programmes',
  datasets: ['indicateurs_territoriaux'],
  // Each programme where the June 2024 deck shows it (reports/deck/programmes.ts).
  deck: [
    { part: 'ouverture', before: 'adhesions' },
    { part: 'apres-cpts', before: 'cds' },
    { part: 'avant-depistage', before: 'depistage' },
    { part: 'apres-depistage' },
    { part: 'fin' },
  ],
  rows: { of: 'areas' },
  secrecy: { public: 'indicateurs publiés par territoire, non masqués' },
  headline,
  section: { label: 'Autres programmes', defaultIndicator: 'valeur' },
});
