import './styles.css';
import { formatDate } from '../../core';
import { startApp } from './app';
import { loadDataset } from './data/load-dataset';
import { el } from './dom/el';
import { QUALITY_VIEW, renderQualityPage } from './quality/quality-page';

const dataset = loadDataset();
const meta = document.getElementById('meta');
if (meta) {
  const parts = [
    dataset.run.generatedAt ? `Données publiées le ${formatDate(dataset.run.generatedAt)}` : 'Données publiées',
    dataset.run.referenceYear ? `dernière année de données : ${dataset.run.referenceYear}` : null,
  ].filter(Boolean);
  meta.textContent = `${parts.join(', ')}.`;
}
if (dataset.secrecy) {
  // Said on every screen and every printed page of a partner build.
  document.querySelector('.site-header')?.append(
    el('p', {
      class: 'secrecy-note',
      text: `Diffusion partenaires : secret statistique appliqué (${dataset.secrecy.threshold}). « NS » remplace les valeurs masquées.`,
    }),
  );
}
const root = document.getElementById('app')!;
const params = new URLSearchParams(window.location.search);
if (params.get('vue') === QUALITY_VIEW) {
  const back = params.get('retour') ?? '';
  void renderQualityPage(root, dataset, back.startsWith('?') ? back : '?');
} else {
  startApp(root, dataset);
}
