// The register is read then written whole by every partner output of a batch: what a thread read or
// wrote last is not parsed again, but any change to the file, by another process or by hand, is.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Register, readRegister, registerPath, writeRegister } from '../../reports/release/register';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'register-read-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const cells = [
  ['patientele', 'departement\u000175\u00012024\u0001MSP', 'nb_structures'],
  ['patientele', 'departement\u000177\u00012024\u0001MSP', 'nb_structures'],
] as const;
const register: Register = {
  donnees: 'abc',
  seuil: 11,
  masques: { '11': cells },
  diffusions: [{ date: '2024-04-30T10:00:00.000Z', seuil: 11, sortie: 'rapport', region: '11', annee: 2024, dossier: '/tmp/11' }],
};

describe('readRegister(runDir) after writeRegister', () => {
  it('gives back what this thread wrote, the same masks, without parsing it again, frozen', async () => {
    await writeRegister(dir, register);
    expect(await readRegister(dir)).toBe(register);
    // Written a second time with the same masks (a batch's next region): the same text for them.
    const next = { ...register, diffusions: [...register.diffusions, { ...register.diffusions[0]!, region: '84', dossier: '/tmp/84' }] };
    await writeRegister(dir, next);
    const text = await readFile(registerPath(dir), 'utf8');
    expect(text).toContain('   ["patientele","departement\\u000177\\u00012024\\u0001MSP","nb_structures"]\n  ]');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(next)));
    const read = (await readRegister(dir))!;
    expect(read).toBe(next);
    // Shared by its readers: none can change it for the others.
    expect(() => (read.diffusions as unknown[]).push({})).toThrow(TypeError);
    expect(() => (read.masques['11'] as unknown[]).pop()).toThrow(TypeError);
  });

  it('reads afresh a register another process changed, or one edited by hand', async () => {
    await writeRegister(dir, register);
    const text = await readFile(registerPath(dir), 'utf8');
    await writeFile(registerPath(dir), text.replace('"seuil": 11', '"seuil": 15'));
    const read = await readRegister(dir);
    expect(read).not.toBe(register);
    expect(read?.seuil).toBe(15);
    expect(read?.masques['11']).toEqual(cells);
    await writeFile(registerPath(dir), '{ cassé');
    await expect(readRegister(dir)).rejects.toThrow('registre des diffusions illisible');
  });
});
