/// <reference types="vite/client" />
// The data-quality notice shown above every view, and the page (`?vue=qualite`) listing what the
// figures exclude: one table per source of ./sources/.
import { formatInteger } from '../../../core';
import { el } from '../dom/el';
import type { Dataset } from '../model/dataset';
import type { QualitySource } from './quality-source';

export const QUALITY_VIEW = 'qualite';

const modules = import.meta.glob<{ default: QualitySource }>('./sources/*.ts', { eager: true });
const SOURCES = Object.values(modules)
  .map((module) => module.default)
  .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

function lines(count: number): string {
  return `${formatInteger(count)} ligne${count > 1 ? 's' : ''} rejetée${count > 1 ? 's' : ''}`;
}

/** Always shown: figures never hide that they exclude rows. */
export function qualityNotice(dataset: Dataset, pageHref: string | null): HTMLElement {
  const count = dataset.run.rejected ?? 0;
  if (count === 0) {
    // The page still lists the cross-dataset controls.
    const controls = dataset.secrecy || pageHref === null ? null : el('a', { text: 'voir les contrôles croisés', attrs: { href: pageHref } });
    return el(
      'p',
      { class: 'quality-notice ok', attrs: { 'data-rejected': 0 } },
      'Qualité des données : aucune ligne rejetée au contrôle des fichiers de ce run',
      controls ? ' – ' : '',
      controls,
      '.',
    );
  }
  const link = dataset.secrecy || pageHref === null ? null : el('a', { text: 'voir la liste (fichier, ligne, motif)', attrs: { href: pageHref } });
  return el(
    'p',
    { class: 'quality-notice', attrs: { 'data-rejected': count } },
    `Qualité des données : les chiffres excluent ${lines(count)} au contrôle des fichiers`,
    link ? ' – ' : dataset.secrecy ? ' (liste diffusée en interne seulement)' : '',
    link,
    '.',
  );
}

export async function renderQualityPage(root: HTMLElement, dataset: Dataset, backHref: string): Promise<void> {
  document.title = 'Qualité des données – Tableau de bord CPR';
  const blocks = await Promise.all(
    SOURCES.map(async (source) => {
      const table = await source.load(dataset);
      // A panel of its own carries its title (and counts, filters): shown as it is.
      if (table instanceof HTMLElement) return el('section', { class: 'quality-block' }, table, el('p', { class: 'definition', text: source.description }));
      const body = table
        ? table.rows.length === 0
          ? el('p', { class: 'empty', text: 'Aucune ligne.' })
          : el(
              'div',
              { class: 'table-scroll', attrs: { role: 'region', tabindex: 0, 'aria-label': source.title } },
              el(
                'table',
                { attrs: { 'data-quality': source.id } },
                el('caption', { text: `${source.title} (${formatInteger(table.rows.length)})` }),
                el('thead', {}, el('tr', {}, ...table.columns.map((c) => el('th', { text: c, attrs: { scope: 'col' } })))),
                el(
                  'tbody',
                  {},
                  ...table.rows.map((row) =>
                    el('tr', {}, ...row.map((cell) => el('td', { class: typeof cell === 'number' ? 'num' : undefined, text: String(cell) }))),
                  ),
                ),
              ),
            )
        : el('p', { class: 'empty', text: 'Liste non diffusée dans la version pour les partenaires.' });
      return el('section', { class: 'quality-block' }, el('h3', { text: source.title }), el('p', { class: 'definition', text: source.description }), body);
    }),
  );
  root.replaceChildren(
    el('p', {}, el('a', { text: '← Retour au tableau de bord', attrs: { href: backHref } })),
    el('h2', { text: 'Qualité des données' }),
    qualityNotice(dataset, null),
    ...blocks,
  );
  document.documentElement.dataset.ready = 'true';
}
