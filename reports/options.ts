// The command line of `npm run report`, parsed and checked at the edge: typed options after this.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ReportError } from './errors';
import { type ALL_REGIONS, areaCode, parseRegionList } from './regions/select-regions';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The sample run the README's first command produces. */
export const DEFAULT_FROM = path.join(REPO_ROOT, 'out', 'sample');

export interface ReportOptions {
  /** Pipeline output folder to read (`tables/`, `run.json`). */
  readonly from: string;
  /** Folder to write the deck, the workbook and `csv/` into. */
  readonly out: string;
  /** Region code; default: the region of the data. */
  readonly region?: string;
  /** Year of the report; default: the run's reference year. */
  readonly year?: number;
  /** Statistical secrecy threshold (structures or patients); default: none. */
  readonly secret?: number;
  /** An earlier pipeline output folder: the deck gains an annex of what changed since. */
  readonly since?: string;
  /** A batch: every region of the data (`toutes`) or these codes, each in `<out>/<code>/`. */
  readonly regions?: typeof ALL_REGIONS | readonly string[];
}

export const HELP = `Produit le diaporama de la commission, un classeur et des CSV à partir d'un run du pipeline.

Usage : npm run report -- --out <dossier> [--from <dossier>] [--region <code> | --regions <liste>]
                          [--year <aaaa>] [--secret <n>] [--depuis <dossier>]

  --out <dossier>    dossier où écrire commission-<région>-<année>.pptx,
                     tableaux-<région>-<année>.xlsx et csv/<tableau>.csv (créé au besoin)
  --from <dossier>   dossier --out d'un run du pipeline (tables/ et run.json) ;
                     par défaut out/sample, le run sur les données d'exemple
  --region <code>    code INSEE de la région (11 = Île-de-France), ou FR pour le rapport national
                     (la France par région) ; par défaut la région des données
  --regions <liste>  « toutes » (chaque région des données, puis la France) ou des codes séparés
                     par des virgules (11,76,FR) : un rapport par région dans <dossier>/<code>/,
                     le national dans <dossier>/france/, puis index.csv et index.html listant
                     chaque fichier ; une région en échec n'arrête pas les autres
  --year <aaaa>      année du rapport ; par défaut l'année de référence du run
  --secret <n>       secret statistique pour une diffusion externe : masque (« NS ») les valeurs
                     calculées sur moins de n structures ou comptant moins de n patients, avec
                     secret secondaire ; la règle est écrite sous chaque tableau. Les masques
                     sont ceux de toute la diffusion du dossier --from (autres régions, tableau
                     de bord), inscrite dans son registre diffusions.json
  --depuis <dossier> dossier --out du run de la commission précédente : le diaporama gagne une
                     annexe « Évolutions depuis la commission du … » (chiffres révisés et
                     structures qui les expliquent ; sans structures en diffusion externe)
  --debug            en cas d'erreur, affiche aussi le détail technique (pile d'appels)
  -h, --help         affiche cette aide
`;

/** `undefined` when help was asked for. */
export function parseReportArgs(argv: readonly string[]): ReportOptions | undefined {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        out: { type: 'string' },
        from: { type: 'string' },
        region: { type: 'string' },
        regions: { type: 'string' },
        year: { type: 'string' },
        secret: { type: 'string' },
        depuis: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new ReportError(`${(error as Error).message}\n\n${HELP}`, 2);
  }
  if (values.help) return undefined;
  const text = (name: string) => {
    const value = values[name];
    if (typeof value !== 'string') return undefined;
    if (value.trim() === '') throw new ReportError(`--${name} est vide`, 2);
    return value.trim();
  };
  const out = text('out');
  if (!out) throw new ReportError(`--out <dossier> est obligatoire\n\n${HELP}`, 2);
  const regionText = text('region');
  const region = regionText === undefined ? undefined : areaCode(regionText);
  if (regionText !== undefined && region === undefined) {
    throw new ReportError(
      `--region ${regionText} : un code INSEE de région à deux chiffres est attendu (11 Île-de-France, 76 Occitanie, 04 La Réunion…), ou FR pour la France par région`,
      2,
    );
  }
  const regionsText = text('regions');
  if (regionsText !== undefined && region !== undefined) throw new ReportError('--region et --regions s’excluent : une région, ou une liste', 2);
  const regions = regionsText === undefined ? undefined : parseRegionList(regionsText);
  const yearText = text('year');
  if (yearText !== undefined && !/^(19|20)[0-9]{2}$/.test(yearText)) {
    throw new ReportError(`--year ${yearText} : une année sur quatre chiffres est attendue`, 2);
  }
  const secretText = text('secret');
  if (secretText !== undefined && !(/^[0-9]+$/.test(secretText) && Number(secretText) >= 2 && Number(secretText) <= 1000)) {
    throw new ReportError(`--secret ${secretText} : un entier de 2 à 1000 est attendu (nombre minimal de structures ou de patients)`, 2);
  }
  return {
    from: text('from') ?? DEFAULT_FROM,
    out,
    ...(region !== undefined ? { region } : {}),
    ...(regions !== undefined ? { regions } : {}),
    ...(yearText !== undefined ? { year: Number(yearText) } : {}),
    ...(secretText !== undefined ? { secret: Number(secretText) } : {}),
    ...(text('depuis') !== undefined ? { since: text('depuis')! } : {}),
  };
}
