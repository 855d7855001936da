// The whole national chain a coordination runs before a round of commissions, each step timed in
// its own process after the pipeline: every region's report and France's (`--regions toutes`),
// internal then for partners (a new release: its masks decided on the whole of France), then the
// dashboard built internal and for partners. With the pipeline's median, its ratio to DuckDB's
// read_csv of the same exports is the figure the issue asks for (at most 30).
import { rmSync } from 'node:fs';
import path from 'node:path';
import { REGISTER_FILE } from '../reports';
import { measure } from './measure';

const SECRET = '11';

export interface ChainStep {
  readonly label: string;
  readonly seconds: number;
}

export async function measureChain(pipelineOut: string, workDir: string, root: string, log: (text: string) => void): Promise<ChainStep[]> {
  const out = (name: string) => {
    const dir = path.join(workDir, name);
    rmSync(dir, { recursive: true, force: true });
    return dir;
  };
  const env = { ...process.env, CPR_OUT: pipelineOut };
  const steps: [string, string, string[]][] = [
    ['rapports internes (18 régions et la France)', 'reports/cli.ts', ['--from', pipelineOut, '--out', out('chaine-interne'), '--regions', 'toutes']],
    [
      `rapports partenaires (--secret ${SECRET})`,
      'reports/cli.ts',
      ['--from', pipelineOut, '--out', out('chaine-partenaires'), '--regions', 'toutes', '--secret', SECRET],
    ],
    ['tableau de bord interne', 'dashboard/tools/build-cli.ts', ['--out-dir', out('chaine-dist')]],
    [`tableau de bord partenaires (--secret ${SECRET})`, 'dashboard/tools/build-cli.ts', ['--secret', SECRET, '--out-dir', out('chaine-dist-partenaires')]],
  ];
  // The partner outputs are the release's first: its masks are decided here, not read back.
  rmSync(path.join(pipelineOut, REGISTER_FILE), { force: true });
  const times: ChainStep[] = [];
  for (const [label, script, args] of steps) {
    const m = await measure(script, args, { cwd: root, env });
    times.push({ label, seconds: m.seconds });
    log(`chaîne nationale, ${label} : ${m.seconds.toFixed(2).replace('.', ',')} s`);
  }
  return times;
}
