// `compareRuns(avant, apres)`: two pipeline output folders read and compared (see core/changes).
import { type Comparison, compareContents } from '../../core';
import { readRunFolder } from './run-folder';

export async function compareRuns(before: string, after: string): Promise<Comparison> {
  const [earlier, later] = [await readRunFolder(before, '--avant'), await readRunFolder(after, '--apres')];
  return compareContents(earlier, later);
}
