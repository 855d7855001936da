// A labelled <select> that is created once and updated in place, so it keeps keyboard focus while
// the rest of the page re-renders around it.
import { el } from '../dom/el';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectField {
  readonly element: HTMLElement;
  readonly set: (options: readonly SelectOption[], value: string) => void;
}

export function createSelectField(id: string, label: string, onChange: (value: string) => void): SelectField {
  const select = el('select', { attrs: { id, name: id } });
  select.addEventListener('change', () => onChange(select.value));
  const element = el('div', { class: 'field' }, el('label', { text: label, attrs: { for: id } }), select);
  let signature = '';
  return {
    element,
    set(options, value) {
      const next = options.map((o) => `${o.value}\u0000${o.label}`).join('\u0001');
      if (next !== signature) {
        signature = next;
        select.replaceChildren(...options.map((o) => el('option', { text: o.label, attrs: { value: o.value } })));
      }
      select.value = value;
      element.hidden = options.length === 0;
    },
  };
}
