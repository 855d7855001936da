import './styles.css';
import { formatDate } from '../../core';
import { startApp } from './app';
import { withTables } from './data/lazy-dataset';
import { loadDataset, sectionOfUrl } from './data/load-dataset';
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
  // The page reads the table that spells out the indicators' codes: loaded when it asks for it.
  await withTables(dataset, () => renderQualityPage(root, dataset, back.startsWith('?') ? back : '?'));
} else {
  // The first view loads the table of the section it opens, and only that one (the others load as
  // their sections open, the department panel's when it opens).
  root.replaceChildren(el('p', { class: 'loading', attrs: { role: 'status' }, text: 'Chargement des données…' }));
  try {
    await dataset.load([sectionOfUrl(window.location.search)]);
  } catch (error) {
    root.replaceChildren(
      el('p', { class: 'empty', attrs: { role: 'alert' }, text: 'Les données du tableau de bord n’ont pas pu être chargées : rechargez la page.' }),
    );
    throw error;
  }
  root.replaceChildren();
  startApp(root, dataset);
}
