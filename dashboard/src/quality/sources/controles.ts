// The cross-dataset controls of the run (`<out>/controles.csv`): counts by gravity, filters and the
// lines, as h11's panel draws them. Internal build only: their lines name structures.
import { decodeDashboardControls } from '../../../../core';
import { renderControlsPanel } from '../controls-panel';
import type { QualitySource } from '../quality-source';

export default {
  id: 'controles',
  order: 2,
  title: 'Contrôles croisés entre les exports',
  description:
    'Incohérences entre fichiers (erreurs) et écarts à vérifier (alertes). Les contrôles ne modifient aucun chiffre : corriger la source puis relancer le pipeline.',
  async load() {
    const { controls } = await import('virtual:cpr-controls');
    if (controls === null) return null;
    return renderControlsPanel(decodeDashboardControls(controls));
  },
} satisfies QualitySource;
