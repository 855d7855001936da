// « Copier le lien » of the current view, and the PNG downloads of the map and of the chart.
import { el } from '../dom/el';
import { saveFile } from '../download/save-file';
import { type PngLegendItem, svgToPng } from '../download/svg-png';
import type { ChoroplethMap } from '../map/choropleth-map';

export interface ViewToolsOptions {
  /** The view's title: the downloads' file names. */
  readonly title: () => string;
  /** What the map and the chart show (indicator, period, filters, scope): the title drawn on the pictures. */
  readonly subject: () => string;
  readonly map: ChoroplethMap;
  readonly chart: () => SVGSVGElement | null;
  readonly footnote: () => string;
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 80);
}

function legendItems(legend: HTMLElement): PngLegendItem[] {
  return [...legend.querySelectorAll('li')].map((li) => {
    const swatch = li.querySelector<HTMLElement>('.swatch');
    const color = swatch?.classList.contains('swatch-missing')
      ? '#ffffff'
      : swatch?.classList.contains('swatch-outside')
        ? '#e4e1da'
        : swatch?.style.backgroundColor || null;
    return { color, label: li.textContent ?? '' };
  });
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard refused (no permission, plain http): select it in a field the user can copy from.
    return false;
  }
}

export function viewTools(options: ViewToolsOptions) {
  const status = el('span', { class: 'tools-status', attrs: { role: 'status' } });
  const linkField = el('input', { class: 'link-field', attrs: { type: 'text', readonly: true, 'aria-label': 'Lien de la vue', hidden: true } });
  const copy = el('button', { text: 'Copier le lien', attrs: { type: 'button', 'data-tool': 'copy-link' } });
  copy.addEventListener('click', async () => {
    const url = window.location.href;
    if (await copyText(url)) {
      linkField.hidden = true;
      status.textContent = 'Lien de la vue copié.';
    } else {
      linkField.value = url;
      linkField.hidden = false;
      linkField.select();
      status.textContent = 'Copiez le lien sélectionné (Ctrl+C).';
    }
  });
  const mapPng = el('button', { text: 'Carte en PNG', attrs: { type: 'button', 'data-tool': 'map-png' } });
  mapPng.addEventListener('click', async () => {
    const png = await svgToPng(options.map.svg, {
      title: options.subject(),
      legend: legendItems(options.map.legend),
      footnote: options.footnote(),
      width: 900,
    });
    saveFile(`carte-${slug(options.title())}.png`, png, 'image/png');
  });
  const chartPng = el('button', { text: 'Graphique en PNG', attrs: { type: 'button', 'data-tool': 'chart-png', hidden: true } });
  chartPng.addEventListener('click', async () => {
    const chart = options.chart();
    if (!chart) return;
    saveFile(`graphique-${slug(options.title())}.png`, await svgToPng(chart, { title: options.subject(), footnote: options.footnote() }), 'image/png');
  });
  const element = el('div', { class: 'view-tools' }, copy, mapPng, chartPng, status, linkField);
  return {
    element,
    setChart(available: boolean) {
      chartPng.hidden = !available;
    },
  };
}
