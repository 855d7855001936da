// npm run sample -- [--scale region|national|stress] [--out <dir>] [--seed <n>]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateExports, isScaleName, SCALE_NAMES } from './';

const USAGE = `Génère des exports de démonstration conformes au contrat de données.

  tsx data/generate/cli.ts --scale <${SCALE_NAMES.join('|')}> --out <dossier> [--seed <n>]

  --scale  region : Île-de-France (l'échantillon livré dans data/sample)
           national : les 101 départements ; stress : 100 fois les structures nationales
  --out    dossier de sortie (créé au besoin ; les neuf fichiers y sont remplacés)
  --seed   graine du générateur (défaut ${DEFAULT_SEED}) : même graine, mêmes octets
  --summary <fichier>  écrit aussi le bilan (lignes par fichier, lignes invalides plantées) en JSON`;

function main(): number {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'region' },
      out: { type: 'string' },
      seed: { type: 'string' },
      summary: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const scale = values.scale ?? 'region';
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!isScaleName(scale) || !values.out || !Number.isInteger(seed)) {
    console.error(USAGE);
    return 2;
  }
  const started = performance.now();
  const summary = generateExports({
    scale,
    out: values.out,
    seed,
    onFile: (file) => console.error(`  ${file.file.padEnd(26)} ${String(file.rows).padStart(10)} lignes  ${(file.bytes / 1e6).toFixed(1).padStart(8)} Mo`),
  });
  const seconds = (performance.now() - started) / 1000;
  if (values.summary) writeFileSync(values.summary, `${JSON.stringify(summary, null, 2)}\n`);
  console.error(
    `${summary.rows} lignes (échelle ${scale}, graine ${seed}) écrites dans ${values.out} en ${seconds.toFixed(1)} s ; ` +
      `${summary.planted.length} lignes invalides volontaires.`,
  );
  return 0;
}

process.exitCode = main();
