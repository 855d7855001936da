// The datasets of contract version 2 are named by their files like the others, the longest name
// first: `indicateurs_territoriaux.csv` is not an `indicateurs` file with a suffix.
import { describe, expect, it } from 'vitest';
import { datasetOf } from '../../pipeline/read/discover';

describe('datasetOf(file name), contract version 2', () => {
  it.each([
    ['indicateurs.csv', 'indicateurs'],
    ['indicateurs_2023.csv', 'indicateurs'],
    ['indicateurs_territoriaux.csv', 'indicateurs_territoriaux'],
    ['Indicateurs_Territoriaux_2024-04.CSV', 'indicateurs_territoriaux'],
  ])('%s is read as %s', (file, dataset) => {
    expect(datasetOf(file)).toBe(dataset);
  });
});
