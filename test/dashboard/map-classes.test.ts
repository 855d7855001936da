import { describe, expect, it } from 'vitest';
import { mapClasses, NO_DATA, percentClasses } from '../../core';
import { coverageMap } from '../../reports/map';

const labels = (classes: ReturnType<typeof mapClasses>) => classes!.classes.map((c) => c.label.replace(/[\u202f\u00a0]/g, ' '));

describe('mapClasses(indicator, unit, values): one set of classes for the dashboard and the deck', () => {
  it('gives small counts whole classes, never "2 à 2" or overlapping bounds', () => {
    const classes = mapClasses('nb_signataires', 'count', [0, 1, 2, 3, 2, 1]);
    expect(labels(classes)).toEqual(['0', '1', '2', '3']);
    expect(classes!.classOf(2).label).toBe('2');
    expect(labels(mapClasses('nb_total', 'count', [3, 17, 250]))).toEqual(['0 à 99', '100 à 199', '200 et plus']);
    expect(labels(mapClasses('nb_total', 'count', [4, 4]))).toEqual(['4']);
  });

  it('rounds the bounds of amounts and keeps at most five classes', () => {
    const classes = mapClasses('montant_total', 'euro', [1020236.59, 2652841.24, 1543381.49]);
    expect(labels(classes)).toEqual([
      'de 1 000 000 € à moins de 1 500 000 €',
      'de 1 500 000 € à moins de 2 000 000 €',
      'de 2 000 000 € à moins de 2 500 000 €',
      '2 500 000 € et plus',
    ]);
    expect(classes!.classOf(1543381.49)).toBe(classes!.classes[1]);
    expect(classes!.classOf(null)).toBe(NO_DATA);
    expect(labels(mapClasses('taux', 'percent', [19.1, 24.4, 30.2]))).toEqual([
      'de 15 % à moins de 20 %',
      'de 20 % à moins de 25 %',
      'de 25 % à moins de 30 %',
      '30 % et plus',
    ]);
  });

  it('keeps the fixed CPTS coverage classes of the deck, whatever the values', () => {
    const dashboard = mapClasses('taux_couverture', 'percent', [75.5, 100]);
    expect(dashboard!.classes).toEqual(percentClasses());
    expect(labels(dashboard)[0]).toBe('moins de 50 %');
    expect(dashboard!.classOf(75.5).label.replace(/\u00a0/g, ' ')).toBe('de 70 % à moins de 80 %');
    expect(typeof coverageMap).toBe('function');
  });
});
