// Output paths from the command line are resolved and checked before anything is written: the
// report never writes into the pipeline folder it reads (the next pipeline run would replace it,
// and a mistake could clobber the tables), nor anywhere but the folder the user named.
import { lstat, mkdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ReportError } from './errors';

export function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Real path of `target`, following symbolic links of the part that exists. */
async function realTarget(target: string): Promise<string> {
  const missing: string[] = [];
  let current = path.resolve(target);
  for (;;) {
    try {
      return path.join(await realpath(current), ...missing.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return path.resolve(target);
      missing.push(path.basename(current));
      current = parent;
    }
  }
}

export async function resolveInputDir(from: string): Promise<string> {
  const resolved = path.resolve(from);
  const isDir = await stat(resolved).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (!isDir) throw new ReportError(`--from ${from} : dossier introuvable (lancez d’abord « npm run pipeline », ou indiquez le dossier --out d’un run)`, 1);
  return realpath(resolved);
}

/** Creates the output folder when needed and returns its real path. */
export async function prepareOutputDir(out: string, realFrom: string): Promise<string> {
  const resolved = path.resolve(out);
  const real = await realTarget(resolved);
  if (isInside(realFrom, real)) {
    throw new ReportError(`--out ${out} : refusé, c’est le dossier --from (${realFrom}) ou un de ses sous-dossiers ; choisissez un autre dossier`, 2);
  }
  const existing = await stat(real).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new ReportError(`--out ${out} : ce chemin existe et n’est pas un dossier ; choisissez un autre dossier`, 2);
  await mkdir(real, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOTDIR') throw error;
    throw new ReportError(`--out ${out} : un des dossiers de ce chemin est un fichier ; choisissez un autre dossier`, 2);
  });
  return real;
}

/** `<out>/<name>`, refusing a name that would leave `out` or land in the input folder. */
export function outputPath(outDir: string, realFrom: string, ...segments: string[]): string {
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..' || /[\\/\0]/.test(segment)) {
      throw new ReportError(`nom de fichier de sortie refusé : « ${segment} »`);
    }
  }
  const target = path.join(outDir, ...segments);
  if (!isInside(outDir, target) || isInside(realFrom, target)) {
    throw new ReportError(`${target} : écriture refusée hors du dossier --out ou dans le dossier --from`);
  }
  return target;
}

/** A sub-folder of the output folder, which must be a real folder, not a link to elsewhere. */
export async function prepareSubDir(outDir: string, realFrom: string, name: string): Promise<string> {
  const dir = outputPath(outDir, realFrom, name);
  const info = await lstat(dir).catch(() => undefined);
  if (info && (info.isSymbolicLink() || !info.isDirectory())) {
    throw new ReportError(`${dir} : existe et n’est pas un dossier ordinaire ; supprimez-le ou choisissez un autre --out`);
  }
  await mkdir(dir, { recursive: true });
  return dir;
}
