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

/**
 * The version an office file of a folder says it is: a partner one at `n` when its name holds
 * `diffusion-secret<n>` (a copy renamed by hand too), internal when it starts as a report's deck or
 * workbook does (`commission-11-2024`, `tableaux-france-2024`), undefined for any other file.
 */
function versionOf(name: string): { readonly secret: number | undefined } | undefined {
  if (!/\.(?:pptx|xlsx)$/i.test(name)) return undefined;
  const partner = /diffusion-secret(\d+)/i.exec(name);
  if (partner) return { secret: Number(partner[1]) };
  return /^(?:commission|tableaux)-(?:\d{2}|france)-\d{4}/i.test(name) ? { secret: undefined } : undefined;
}

/**
 * Refuses a folder holding a deck or workbook of another version: its CSVs, named alike for every
 * version, would be replaced by this one's, and an internal file would sit among partner files.
 */
export async function refuseOtherVersion(dir: string, secret: number | undefined): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.sort()) {
    const version = versionOf(name);
    if (!version || (version.secret ?? 0) === (secret ?? 0)) continue;
    const found = version.secret;
    throw new ReportError(
      `${dir} : ce dossier contient déjà ${found ? `une diffusion sous secret (seuil ${found})` : 'la version interne'} (${name}) ; la ${secret ? `diffusion sous secret (seuil ${secret})` : 'version interne'} y remplacerait ses CSV et les deux versions s’y mêleraient : choisissez un autre dossier --out`,
      2,
    );
  }
}
