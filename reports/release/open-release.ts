// A partner output's masks, from its release: the pipeline folder it is made from. The first
// partner output decides the masks of its threshold (the whole release at full precision, audited
// twice) and writes them in the register; every later one at that threshold reuses them (audited
// again, unless the register's stamp says this very code audited these very masks), and one at
// another threshold starts from every mask already released, so that holding both tells nothing
// more. The register is written before any output: a release the register does not know never leaves,
// and none whose register another output changed meanwhile. Within a batch, masks this thread has
// opened are taken as they are while the register holds the very same cells.
import { formatDate, type PublishedTables, type ReleaseMasks, ReportError, TABLE_NAMES } from '../../core';
import { auditStamp } from './audit-stamp';
import { dataDigest } from './data-digest';
import { checkMasks, partnerMasks } from './partner-masks';
import { cellsToMasks, masksToCells, type Register, type ReleaseEntry, readRegister, registerPath, writeRegister } from './register';
import { withRegisterLock } from './register-lock';

export interface ReleaseRequest {
  readonly runDir: string;
  readonly tables: PublishedTables;
  readonly threshold: number;
  readonly output: Omit<ReleaseEntry, 'date' | 'seuil'>;
  readonly now: () => Date;
  /**
   * Masks this thread has already opened on these very tables at this threshold (a batch of
   * regions; audited, or vouched by the register's stamp): the register's masks, when they are the
   * same cells, are taken as they are, neither audited nor converted again.
   */
  readonly audited?: SealedMasks;
}

/** Masks with their cells as the register writes them and their stamp (audit-stamp.ts). */
export interface SealedMasks {
  readonly masks: ReleaseMasks;
  readonly cells: ReturnType<typeof masksToCells>;
  readonly stamp: string;
}

export interface Release {
  /** Per table, per row of `tables` as given: the masked columns. */
  readonly masks: ReleaseMasks;
  /** The same, sealed: what a later output of this process passes as `audited`. */
  readonly sealed: SealedMasks;
  /** What a person should know: the release's threshold, masks carried over from another one. */
  readonly notes: readonly string[];
  /** Writes the output in the register: call it once every check has passed, before writing the output. */
  readonly record: () => Promise<void>;
}

export async function openRelease({ runDir, tables, threshold, output, now, audited }: ReleaseRequest): Promise<Release> {
  const file = registerPath(runDir);
  const digest = await dataDigest(runDir);
  const register = await readRegister(runDir);
  const first = register?.diffusions[0];
  if (register && register.donnees !== digest) {
    throw new ReportError(
      `${file} : les tables de ce dossier ne sont plus celles des diffusions déjà faites${first ? ` (la première le ${formatDate(first.date.slice(0, 10))})` : ''} ; ` +
        'une nouvelle diffusion de données modifiées se fait depuis un nouveau dossier du pipeline, ce registre restant avec les fichiers déjà envoyés',
    );
  }
  const entries = Object.entries(register?.masques ?? {});
  const registered = entries.find(([seuil]) => Number(seuil) === threshold)?.[1];
  // On national data, converting and sealing the register's masks takes 0,6 s an output.
  const reused = audited && registered && sameCells(registered, audited.cells) ? audited : undefined;
  const released = entries
    .filter(([seuil]) => !reused || Number(seuil) !== threshold)
    .map(([seuil, cells]) => {
      const { masks, unknown } = cellsToMasks(tables, cells);
      if (unknown > 0)
        throw new ReportError(`${file} : ${unknown} case(s) masquée(s) au seuil ${seuil} ne correspondent à aucune ligne des tables ; registre altéré`);
      return { seuil: Number(seuil), masks };
    });
  const notes: string[] = [];
  const same = released.find((entry) => entry.seuil === threshold);
  let masks: ReleaseMasks;
  // The cells as the register writes them, and their stamp: computed once, for both.
  const seal = async (decided: ReleaseMasks): Promise<SealedMasks> => {
    const cells = masksToCells(tables, decided);
    return { masks: decided, cells, stamp: await auditStamp(digest, threshold, cells) };
  };
  let sealed: SealedMasks;
  if (reused) {
    masks = reused.masks;
    sealed = reused;
  } else if (same) {
    masks = same.masks;
    sealed = await seal(masks);
    if (register?.audits?.[String(threshold)] !== sealed.stamp) await checkMasks(tables, masks, threshold);
  } else {
    const seed = union(released.map((entry) => entry.masks));
    masks = await partnerMasks(tables, threshold, { seed });
    sealed = await seal(masks);
    const lost = count(seed, (name, row, column) => !masks[name]?.[row]?.has(column));
    if (lost > 0) {
      const earlier = released.map((entry) => entry.seuil).join(', ');
      throw new ReportError(
        `diffusion refusée : au seuil ${threshold}, ${lost} case(s) déjà masquée(s) dans une diffusion de ces données (seuil ${earlier}) seraient publiées, et les deux ensemble redonneraient des valeurs masquées ; utilisez le seuil ${register!.seuil}`,
      );
    }
    if (released.length > 0) {
      notes.push(
        `Seuil ${threshold} : les ${count(seed, () => true)} cases masquées des diffusions précédentes (seuil ${released.map((entry) => entry.seuil).join(', ')}) le restent`,
      );
    }
  }
  if (register && register.seuil !== threshold) notes.unshift(`Seuil de diffusion de ces données : ${register.seuil} (seuil demandé : ${threshold})`);
  const record = async () => {
    const entry: ReleaseEntry = { date: now().toISOString(), seuil: threshold, ...output };
    // Read again: another output of the release may have been recorded meanwhile.
    await saveRegister(runDir, file, (read) => {
      if (read && changedMeanwhile(register, read, threshold, sealed.cells)) {
        throw new ReportError(
          `${file} : une autre diffusion de ces données y a été inscrite pendant celle-ci, avec d’autres cases masquées ; relancez cette production : elle partira des masques déjà diffusés (aucun fichier n’a été écrit)`,
        );
      }
      const latest = read ?? register;
      return {
        donnees: digest,
        seuil: latest?.seuil ?? threshold,
        masques: { ...(latest?.masques ?? {}), [String(threshold)]: sealed.cells },
        audits: { ...(latest?.audits ?? {}), [String(threshold)]: sealed.stamp },
        diffusions: [...(latest?.diffusions ?? []), entry],
      };
    });
  };
  return { masks, sealed, notes, record };
}

async function saveRegister(runDir: string, file: string, update: (latest: Register | undefined) => Register): Promise<void> {
  try {
    await withRegisterLock(file, async () => writeRegister(runDir, update(await readRegister(runDir))));
  } catch (error) {
    if (error instanceof ReportError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOSPC'
        ? 'disque plein'
        : code === 'EROFS' || code === 'EACCES' || code === 'EPERM'
          ? 'dossier en lecture seule'
          : (code ?? (error as Error).message);
    throw new ReportError(
      `impossible d’inscrire cette diffusion au registre ${file} (${why}) : une diffusion externe n’est produite que si elle y est inscrite ; rendez ce dossier accessible en écriture, puis relancez (aucun fichier n’a été écrit)`,
    );
  }
}

/**
 * Whether another output recorded masks in the register since `before` was read: this output's masks
 * were decided on `before` (kept, or started from), so both together could give masked figures away.
 * The same cells at this output's threshold are another output of the same release (a batch).
 */
function changedMeanwhile(before: Register | undefined, now: Register, threshold: number, cells: ReturnType<typeof masksToCells>): boolean {
  const was = before?.masques ?? {};
  if (Object.keys(was).some((seuil) => !(seuil in now.masques))) return true;
  return Object.entries(now.masques).some(([seuil, held]) => {
    if (was[seuil] && sameCells(was[seuil], held)) return false;
    return !(Number(seuil) === threshold && sameCells(held, cells));
  });
}

function sameCells(a: readonly (readonly string[])[], b: readonly (readonly string[])[]): boolean {
  return a === b || (a.length === b.length && a.every((cell, at) => cell.length === b[at]!.length && cell.every((part, i) => part === b[at]![i])));
}

function union(all: readonly ReleaseMasks[]): ReleaseMasks {
  const merged: Partial<Record<(typeof TABLE_NAMES)[number], Set<string>[]>> = {};
  for (const masks of all) {
    for (const name of TABLE_NAMES) {
      masks[name]?.forEach((columns, row) => {
        merged[name] ??= [];
        merged[name][row] ??= new Set();
        for (const column of columns) merged[name][row].add(column);
      });
    }
  }
  for (const name of TABLE_NAMES) {
    const rows = merged[name];
    if (rows) for (let i = 0; i < rows.length; i++) rows[i] ??= new Set();
  }
  return merged;
}

function count(masks: ReleaseMasks, where: (name: (typeof TABLE_NAMES)[number], row: number, column: string) => boolean): number {
  let n = 0;
  for (const name of TABLE_NAMES) {
    masks[name]?.forEach((columns, row) => {
      for (const column of columns) if (where(name, row, column)) n++;
    });
  }
  return n;
}
