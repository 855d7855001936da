import './styles.css';
import { formatDate } from '../../pipeline/format';
import { startApp } from './app';
import { loadDataset } from './data/load-dataset';

const dataset = loadDataset();
const meta = document.getElementById('meta');
if (meta) {
  const parts = [
    dataset.run.generatedAt ? `Données publiées le ${formatDate(dataset.run.generatedAt)}` : 'Données publiées',
    dataset.run.referenceYear ? `dernière année de données : ${dataset.run.referenceYear}` : null,
  ].filter(Boolean);
  meta.textContent = `${parts.join(', ')}.`;
}
startApp(document.getElementById('app')!, dataset);
