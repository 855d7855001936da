// The rows the pipeline rejected (`<out>/rejects.csv`, raw values left out): file, line, reason.
import type { QualitySource } from '../quality-source';

export default {
  id: 'lignes-rejetees',
  order: 1,
  title: 'Lignes rejetées au contrôle des fichiers',
  description: 'Ces lignes ne sont comptées dans aucun chiffre du tableau de bord. Corriger le fichier source puis relancer le pipeline.',
  async load() {
    const { rejects } = await import('virtual:cpr-rejects');
    if (!rejects) return null;
    return {
      columns: ['Fichier', 'Ligne', 'Colonne', 'Motif'],
      rows: rejects.map((r) => [r.file, r.line, r.column || '–', r.reason]),
    };
  },
} satisfies QualitySource;
