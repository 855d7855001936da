// Builds the dashboard for one pipeline output folder into `distDir`, through the same Vite CLI and
// config as `npm run build`.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export async function buildDashboard(outDir: string, distDir: string): Promise<void> {
  const vite = path.join(repoRoot, 'node_modules', '.bin', 'vite');
  await promisify(execFile)(vite, ['build', '--outDir', path.resolve(distDir), '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: repoRoot,
    env: { ...process.env, CPR_OUT: path.resolve(outDir) },
  });
}
