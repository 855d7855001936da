// cpts_communes.csv: the communes of each CPTS territory, headers in capitals as the mapping tool
// writes them. Commune codes keep their leading zeros (`01053`) and Corsica's letters (`2A004`).
import type { DatasetExport, ExportRow } from '../export-spec';
import { structuresOf } from '../export-spec';
import type { Plan } from '../plan';

function* rows(plan: Plan): Generator<ExportRow> {
  for (const structure of structuresOf(plan, 'CPTS')) {
    if (structure.slot.territory === null) continue;
    for (const commune of plan.territories[structure.slot.territory]!.communes) {
      yield { cells: [structure.id, commune] };
    }
  }
}

export const cptsCommunesExport: DatasetExport = {
  dataset: 'cpts_communes',
  file: 'cpts_communes.csv',
  format: { encoding: 'utf-8', delimiter: ';', eol: '\n' },
  header: ['ID_STRUCTURE', 'CODE_COMMUNE'],
  rows,
};
