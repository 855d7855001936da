// The figures revised since the commission before (`npm run build -- --depuis <run>`), each with
// the structures that moved it: the deck's annex « Évolutions depuis la commission du … », for
// every region of the data. Internal build only.
import { formatInteger } from '../../../../core';
import { el } from '../../dom/el';
import type { QualitySource } from '../quality-source';

const COLUMNS = ['Tableau', 'Zone', 'Année', 'Chiffre', 'Avant', 'Après', 'Écart', 'Structures'];

export default {
  id: 'evolutions',
  order: 0,
  title: 'Évolutions depuis la commission précédente',
  description:
    'Chiffres dont la valeur a changé depuis le run de la commission précédente (écart = nouvelle valeur − ancienne) ; structures : entrée ou sortie du chiffre, ou chiffres propres modifiés.',
  async load() {
    const { revisions } = await import('virtual:cpr-revisions');
    if (revisions === null) return null;
    if (revisions === undefined) {
      return el(
        'div',
        {},
        el('h3', { text: 'Évolutions depuis la commission précédente' }),
        el('p', { class: 'empty', text: 'Non calculées pour ce tableau de bord : le construire avec npm run build -- --depuis <dossier du run précédent>.' }),
      );
    }
    const body = revisions.rows.map((row) =>
      el(
        'tr',
        {},
        ...[row.table, row.area, row.year, row.figure, row.before, row.after, row.difference, row.structures].map((text, index) =>
          el('td', { class: index >= 4 && index <= 6 ? 'num' : undefined, text }),
        ),
      ),
    );
    return el(
      'div',
      { attrs: { 'data-revisions': revisions.rows.length } },
      el('h3', { text: `Évolutions depuis la commission du ${revisions.since}` }),
      el('p', { class: 'definition', text: revisions.summary }),
      revisions.rows.length === 0
        ? el('p', { class: 'empty', text: 'Aucun chiffre révisé.' })
        : el(
            'div',
            { class: 'table-scroll', attrs: { role: 'region', tabindex: 0, 'aria-label': 'Chiffres révisés' } },
            el(
              'table',
              { attrs: { 'data-quality': 'evolutions' } },
              el('caption', { text: `Chiffres révisés (${formatInteger(revisions.rows.length)})` }),
              el('thead', {}, el('tr', {}, ...COLUMNS.map((text) => el('th', { text, attrs: { scope: 'col' } })))),
              el('tbody', {}, ...body),
            ),
          ),
    );
  },
} satisfies QualitySource;
