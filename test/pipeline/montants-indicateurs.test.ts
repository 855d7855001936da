// Issue 18, case 4: real exports leave the amount of an unreached indicator empty. The cross-check
// of indicator amounts against the remuneration counts it as 0 €, so a structure written that way is
// still checked: a 100 € difference planted in the version-2 fixture is reported.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_V2, fixtureInputCopy, fixtureRunOf, run } from './helpers';

/** Rewrites the lines of an export that `change` maps to another text. */
async function editLines(file: string, change: (line: string) => string): Promise<void> {
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.split('\n').map(change).join('\n'));
}

describe('montants_indicateurs', () => {
  it('checks a structure whose unreached indicators have no amount, and reports a 100 € difference', async () => {
    const input = await fixtureInputCopy(FIXTURE_V2);
    // MSP750001 2023: its six unreached indicators written « non;0; », as real exports do…
    await editLines(path.join(input, 'indicateurs.csv'), (line) => (line.startsWith('MSP750001;2023;') ? line.replace(/;non;0;0,00$/, ';non;0;') : line));
    // …and 100 € more in its remuneration total (the balance too, so the row itself stays valid).
    await editLines(path.join(input, 'remunerations.csv'), (line) =>
      line === 'MSP750001;2023;66072,82;26986,49;39086,33;oui;oui;' ? 'MSP750001;2023;66172,82;26986,49;39186,33;oui;oui;' : line,
    );
    const result = await run(input);
    expect(result.summary.rejected).toBe(0);
    const lines = (await readFile(path.join(result.out, 'controles.csv'), 'utf8')).split('\n').filter((line) => line.startsWith('montants_indicateurs,'));
    expect(lines).toEqual([
      'montants_indicateurs,erreur,indicateurs,MSP750001,departement,75,2023,66172.82,66072.82,' +
        '"MSP MSP750001 2023 : les montants de ses 20 indicateurs font 66 072,82 €, sa rémunération totale 66 172,82 € (écart -100,00 €) : ' +
        'corriger un montant d’indicateur ou la rémunération"',
    ]);
    expect(result.summary.controls.counts.erreur).toBe(1);
  });

  it('finds nothing on the fixture itself', async () => {
    const fixture = await fixtureRunOf('idf-2023-v2');
    expect(fixture.summary.controls.rows.filter((row) => row.controle === 'montants_indicateurs')).toEqual([]);
  });
});
