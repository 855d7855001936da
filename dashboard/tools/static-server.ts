// A small static web server for the built dashboard, as an intranet server would host it: under a
// sub-path, gzip when the browser accepts it. It records what it sent so the performance script can
// count the bytes of a first view. Node only; binds 127.0.0.1 on a random port.

import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SentFile {
  readonly path: string;
  readonly status: number;
  /** Bytes of the body on the wire (gzipped when it was). */
  readonly bytes: number;
  readonly gzip: boolean;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>/cpr/` */
  readonly url: string;
  readonly sent: SentFile[];
  readonly close: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.map']);

export async function serveStatic(root: string, basePath = '/cpr/'): Promise<StaticServer> {
  const sent: SentFile[] = [];
  const rootDir = path.resolve(root);

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const reply = (status: number, body: Buffer, headers: Record<string, string> = {}, gzip = false) => {
      response.writeHead(status, { 'Content-Length': String(body.length), ...headers });
      response.end(request.method === 'HEAD' ? undefined : body);
      sent.push({ path: url.pathname, status, bytes: body.length, gzip });
    };
    if (!url.pathname.startsWith(basePath)) return reply(404, Buffer.from('Not found'));
    let relative = decodeURIComponent(url.pathname.slice(basePath.length));
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const file = path.resolve(rootDir, relative);
    if (!file.startsWith(rootDir + path.sep)) return reply(403, Buffer.from('Forbidden'));
    try {
      if (!(await stat(file)).isFile()) return reply(404, Buffer.from('Not found'));
    } catch {
      return reply(404, Buffer.from('Not found'));
    }
    const extension = path.extname(file);
    const body = await readFile(file);
    const headers: Record<string, string> = { 'Content-Type': TYPES[extension] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (acceptsGzip && COMPRESSIBLE.has(extension)) {
      return reply(200, gzipSync(body, { level: 6 }), { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }, true);
    }
    return reply(200, body, headers);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    sent,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
