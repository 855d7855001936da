// The version-2 fixture as exported before one commission and re-exported before the next: the
// earlier export has a rejected line; the later one fixes it, revises one MSP's 2023 remuneration by
// +100 €, adds an MSP and drops another from every file. What `npm run compare` must report, no more.
import { appendFile, cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const REVISION = {
  /** Its 2023 remuneration rises by 100 € (total and balance). */
  revised: 'MSP750001',
  /** Its 2023 remuneration line is rejected before (a letter in the amount), fixed after. */
  fixed: 'MSP750002',
  /** New in the later export, in Seine-et-Marne, paid 30 000 € for 2023. */
  added: 'MSP770999',
  /** In the earlier export only (Seine-Saint-Denis). */
  removed: 'MSP930122',
} as const;

async function edit(file: string, change: (text: string) => string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const changed = change(text);
  if (changed === text) throw new Error(`${file} : la modification prévue n’a rien changé`);
  await writeFile(file, changed);
}

/** The earlier export: the fixture with MSP750002's 2023 amount unreadable (line 3 of remunerations.csv). */
export async function earlierExports(fixtureInput: string, dir: string): Promise<string> {
  await cp(fixtureInput, dir, { recursive: true });
  await edit(path.join(dir, 'remunerations.csv'), (text) => text.replace('\nMSP750002;2023;53544,11;', '\nMSP750002;2023;53544,11x;'));
  return dir;
}

/**
 * The later export. With `shuffled`, the same content in another order (data lines reversed, the
 * fixed line no longer on line 3): nothing must come of the order.
 */
export async function laterExports(fixtureInput: string, dir: string): Promise<string> {
  await cp(fixtureInput, dir, { recursive: true });
  await edit(path.join(dir, 'remunerations.csv'), (text) =>
    text.replace('\nMSP750001;2023;66072,82;26986,49;39086,33;', '\nMSP750001;2023;66172,82;26986,49;39186,33;'),
  );
  for (const file of ['structures.csv', 'remunerations.csv', 'patientele.csv', 'professionnels.csv', 'indicateurs.csv']) {
    await edit(path.join(dir, file), (text) =>
      text
        .split('\n')
        .filter((line) => !line.startsWith(`${REVISION.removed};`))
        .join('\n'),
    );
  }
  await appendFile(path.join(dir, 'structures.csv'), `${REVISION.added};MSP;;MSP Nouvelle;77026;77;2023-03-01;;actif;non\n`);
  await appendFile(path.join(dir, 'remunerations.csv'), `${REVISION.added};2023;30000,00;10000,00;20000,00;oui;non;\n`);
  return dir;
}

/** The same export with its data lines in reverse order. */
export async function reversedExports(source: string, dir: string): Promise<string> {
  await cp(source, dir, { recursive: true });
  for (const file of ['structures.csv', 'remunerations.csv', 'patientele.csv', 'professionnels.csv', 'indicateurs.csv']) {
    await edit(path.join(dir, file), (text) => {
      const [header, ...lines] = text.split('\n').filter((line) => line !== '');
      return `${[header, ...lines.reverse()].join('\n')}\n`;
    });
  }
  return dir;
}
