// The cross-dataset controls of the run (`<out>/controles.csv`): counts by gravity, filters and the
// lines, as h11's panel draws them, each structure named (the build's identities chunk) and each
// indicator code spelt out (the published indicator table). Internal build only: their lines name
// structures.
import { loaders } from 'virtual:cpr-structures';
import { decodeDashboardControls, decodeStructureIdentities, STRUCTURE_IDENTITIES } from '../../../../core';
import type { Dataset } from '../../model/dataset';
import { renderControlsPanel } from '../controls-panel';
import type { QualitySource } from '../quality-source';

async function structureNames() {
  const load = loaders[STRUCTURE_IDENTITIES];
  return load ? decodeStructureIdentities((await load()).data) : new Map();
}

function indicatorLabels(dataset: Dataset): Map<string, string> {
  const labels = new Map<string, string>();
  for (const row of dataset.tables.indicateurs) {
    if (typeof row.indicateur === 'string' && typeof row.libelle === 'string' && row.libelle !== '') labels.set(row.indicateur, row.libelle);
  }
  return labels;
}

export default {
  id: 'controles',
  order: 2,
  title: 'Contrôles croisés entre les exports',
  description:
    'Incohérences entre fichiers (erreurs) et écarts à vérifier (alertes). Les contrôles ne modifient aucun chiffre : corriger la source puis relancer le pipeline.',
  async load(dataset) {
    const { controls } = await import('virtual:cpr-controls');
    if (controls === null) return null;
    const [names, indicators] = [await structureNames(), indicatorLabels(dataset)];
    return renderControlsPanel(decodeDashboardControls(controls), { structure: (id) => names.get(id), indicator: (code) => indicators.get(code) });
  },
} satisfies QualitySource;
