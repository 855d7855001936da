// The sections as links (a middle click opens one in a new tab); a plain click stays in the page.
import type { TableName } from '../../../core';
import { el } from '../dom/el';
import { SECTIONS } from '../model/sections';

export interface SectionNav {
  readonly element: HTMLElement;
  readonly set: (current: TableName, href: (section: TableName) => string) => void;
}

export function createSectionNav(onSelect: (section: TableName) => void): SectionNav {
  const links = SECTIONS.map((s) => {
    const link = el('a', { text: s.label, attrs: { 'data-section': s.id } });
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      onSelect(s.id);
    });
    return link;
  });
  const element = el('nav', { class: 'sections', attrs: { 'aria-label': 'Rubriques' } }, el('ul', {}, ...links.map((link) => el('li', {}, link))));
  return {
    element,
    set(current, href) {
      links.forEach((link, i) => {
        const id = SECTIONS[i]!.id;
        link.href = href(id);
        if (id === current) link.setAttribute('aria-current', 'page');
        else link.removeAttribute('aria-current');
      });
    },
  };
}
