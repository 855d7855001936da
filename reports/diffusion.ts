// Who a report is for, said in its file names and on its cover: a partner version (under
// statistical secrecy) is never mistaken for, nor overwrites, the internal one.
import { readdir } from 'node:fs/promises';
import { ReportError } from './errors';

/** `-diffusion-secret11` for a partner version, nothing for the internal report. */
export function diffusionSuffix(secret: number | undefined): string {
  return secret ? `-diffusion-secret${secret}` : '';
}

/** The cover's statement: `Diffusion externe sous secret statistique (seuil 11)`, or internal. */
export function diffusionLabel(secret: number | undefined): string {
  return secret ? `Diffusion externe sous secret statistique (seuil ${secret})` : 'Diffusion interne';
}

/** A deck or workbook of ours, and the threshold its name says (undefined: internal). */
const OUTPUT_FILE = /^(?:commission|tableaux)-.+?(?:-diffusion-secret(\d+))?\.(?:pptx|xlsx)$/;

/**
 * Refuses a folder holding a deck or workbook of another version: its CSVs, named alike for every
 * version, would be replaced by this one's, and an internal file would sit among partner files.
 */
export async function refuseOtherVersion(dir: string, secret: number | undefined): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.sort()) {
    const match = OUTPUT_FILE.exec(name);
    if (!match) continue;
    const found = match[1] === undefined ? undefined : Number(match[1]);
    if ((found ?? 0) === (secret ?? 0)) continue;
    throw new ReportError(
      `${dir} : ce dossier contient déjà ${found ? `une diffusion sous secret (seuil ${found})` : 'la version interne'} (${name}) ; la ${secret ? `diffusion sous secret (seuil ${secret})` : 'version interne'} y remplacerait ses CSV et les deux versions s’y mêleraient : choisissez un autre dossier --out`,
      2,
    );
  }
}
