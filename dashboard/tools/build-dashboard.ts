// Builds the dashboard for one pipeline output folder into `distDir`, through the same command as
// `npm run build` (internal version, or the partner version with `secret`).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export async function buildDashboard(outDir: string, distDir: string, options: { secret?: number } = {}): Promise<void> {
  const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
  const args = [path.join(repoRoot, 'dashboard', 'tools', 'build-cli.ts'), '--out-dir', path.resolve(distDir)];
  if (options.secret !== undefined) args.push('--secret', String(options.secret));
  await promisify(execFile)(tsx, args, {
    cwd: repoRoot,
    env: { ...process.env, CPR_OUT: path.resolve(outDir), CPR_BUILD_QUIET: '1' },
  });
}
