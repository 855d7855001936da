// The dashboard's Node side, for the scripts and tests that build and serve it.
export { buildDashboard } from './tools/build-dashboard';
export { launchChromium } from './tools/chromium';
export type { SentFile } from './tools/static-server';
export { serveStatic } from './tools/static-server';
