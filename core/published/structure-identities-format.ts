// Who every structure is (`<out>/dashboard/structures/identites.json`, internal build only): its
// identifier, name and commune, for the data-quality page, whose control lines name a structure by
// its identifier alone. Beside the drill-down files so that the build serves it the same way, as a
// chunk loaded on demand and left out of a partner build. Browser-safe: the pipeline encodes, the
// dashboard decodes.
import type { Structure } from './structure-rows-format';

/** The file's name in STRUCTURE_ROWS_DIR, without `.json` (the build's loader key). */
export const STRUCTURE_IDENTITIES = 'identites';
export const STRUCTURE_IDENTITIES_VERSION = 1;

export interface StructureIdentity {
  readonly nom: string | null;
  readonly commune: string | null;
}

interface EncodedIdentities {
  readonly version: typeof STRUCTURE_IDENTITIES_VERSION;
  readonly id: readonly string[];
  readonly nom: readonly (string | null)[];
  readonly commune: readonly (string | null)[];
}

export function encodeStructureIdentities(structures: readonly Structure[]): string {
  const encoded: EncodedIdentities = {
    version: STRUCTURE_IDENTITIES_VERSION,
    id: structures.map((structure) => structure.id),
    nom: structures.map((structure) => structure.nom),
    commune: structures.map((structure) => structure.commune),
  };
  return `${JSON.stringify(encoded)}\n`;
}

/** Checks the file once, at the boundary. */
export function decodeStructureIdentities(data: unknown): ReadonlyMap<string, StructureIdentity> {
  const encoded = data as Partial<EncodedIdentities> | null;
  if (
    !encoded ||
    encoded.version !== STRUCTURE_IDENTITIES_VERSION ||
    !Array.isArray(encoded.id) ||
    !Array.isArray(encoded.nom) ||
    !Array.isArray(encoded.commune)
  ) {
    throw new Error(`structure identities: unsupported format (expected version ${STRUCTURE_IDENTITIES_VERSION})`);
  }
  const { id, nom, commune } = encoded;
  if (nom.length !== id.length || commune.length !== id.length) throw new Error('structure identities: columns of different lengths');
  return new Map(id.map((code, i) => [String(code), { nom: nom[i] ?? null, commune: commune[i] ?? null }]));
}
