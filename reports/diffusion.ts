// Who a report is for, said in its file names and on its cover: a partner version (under
// statistical secrecy) is never mistaken for, nor overwrites, the internal one.

/** `-diffusion-secret11` for a partner version, nothing for the internal report. */
export function diffusionSuffix(secret: number | undefined): string {
  return secret ? `-diffusion-secret${secret}` : '';
}

/** The cover's statement: `Diffusion externe sous secret statistique (seuil 11)`, or internal. */
export function diffusionLabel(secret: number | undefined): string {
  return secret ? `Diffusion externe sous secret statistique (seuil ${secret})` : 'Diffusion interne';
}
