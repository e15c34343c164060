// A local HTTP server (127.0.0.1, port from the OS) that misbehaves on purpose: a body that
// never ends, one that trickles, compression bombs, wrong content types and redirects to
// places a fetch must not go. It records what each connection did so tests can check the
// client hung up instead of reading on.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, constants, deflateSync, gzipSync } from 'node:zlib';

export const ARTICLE_HTML = `<!doctype html><html><head><title>Inland port opens a second rail siding</title></head>
<body><article><h1>Inland port opens a second rail siding</h1>
<p>The inland port at Dorvan opened a second rail siding on Thursday, letting two container trains load at once.</p>
<p>The port company said the siding cost 14 million dollars and was paid for from its own funds.</p></article></body></html>`;

export interface HostileServer {
  base: string;
  port: number;
  /** Bytes the never-ending routes wrote before the client went away. */
  written: Map<string, number>;
  /** Resolves when the connection serving that route has closed. */
  closed: (route: string) => Promise<void>;
  /** The last request's Host header and the address the client connected from. */
  last: { host?: string; remote?: string };
  close: () => Promise<void>;
}

const CHUNK = Buffer.alloc(64 * 1024, 0x61);

export async function startHostileServer(opts: { gzipBomb: Buffer }): Promise<HostileServer> {
  const written = new Map<string, number>();
  const waiters = new Map<string, Promise<void>>();
  const settle = new Map<string, () => void>();
  const last: HostileServer['last'] = {};
  for (const route of ['/forever', '/trickle']) waiters.set(route, new Promise((r) => settle.set(route, r)));
  // 32 MB of spaces: small on the wire, large once decoded
  const deflateBomb = deflateSync(Buffer.alloc(32 * 1024 * 1024, 0x20), { level: 9 });
  const brBomb = brotliCompressSync(Buffer.alloc(32 * 1024 * 1024, 0x20), { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
  let port = 0;

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
    '/article': (_req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(ARTICLE_HTML); },
    '/article-gzip': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
      res.end(gzipSync(ARTICLE_HTML));
    },
    '/forever': (req, res) => {
      // writes as fast as the client reads, for as long as it reads
      res.writeHead(200, { 'content-type': 'text/plain' });
      let sent = 0;
      const push = (): void => {
        while (!res.destroyed && res.write(CHUNK)) sent += CHUNK.length;
        if (!res.destroyed) sent += CHUNK.length;
      };
      res.on('drain', push);
      req.socket.on('close', () => { written.set('/forever', sent); settle.get('/forever')!(); });
      push();
    },
    '/trickle': (req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      let sent = 0;
      const timer = setInterval(() => { res.write('a'); sent++; }, 20);
      req.socket.on('close', () => { clearInterval(timer); written.set('/trickle', sent); settle.get('/trickle')!(); });
    },
    '/gzip-bomb': (_req, res) => { res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }); res.end(opts.gzipBomb); },
    '/deflate-bomb': (_req, res) => { res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'deflate' }); res.end(deflateBomb); },
    '/br-bomb': (_req, res) => { res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'br' }); res.end(brBomb); },
    '/corrupt-gzip': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      res.end(Buffer.concat([gzipSync('A short notice about a ferry.').subarray(0, 12), Buffer.from('not gzip at all')]));
    },
    '/json-as-html': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(JSON.stringify({ status: 'ok', items: [{ headline: 'Port authority publishes tender for a new breakwater', body: 'A long enough body to pass for article text if it were read as HTML.' }] }));
    },
    '/html-as-octet-stream': (_req, res) => { res.writeHead(200, { 'content-type': 'application/octet-stream' }); res.end(ARTICLE_HTML); },
    '/html-as-png': (_req, res) => { res.writeHead(200, { 'content-type': 'image/png' }); res.end(ARTICLE_HTML); },
    '/png': (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
    },
    '/loop': (_req, res) => { res.writeHead(302, { location: '/loop' }); res.end(); },
    '/to-metadata': (_req, res) => { res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }); res.end(); },
    '/to-metadata-name': (_req, res) => { res.writeHead(302, { location: 'http://metadata.google.internal/computeMetadata/v1/' }); res.end(); },
    '/to-name': (req, res) => {
      const host = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('host') ?? 'localhost';
      res.writeHead(302, { location: `http://${host}:${port}/article` });
      res.end();
    },
  };

  const server: Server = createServer((req, res) => {
    last.host = req.headers.host;
    last.remote = req.socket.remoteAddress;
    const route = routes[new URL(req.url ?? '/', 'http://127.0.0.1').pathname];
    if (route) route(req, res);
    else { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    written,
    closed: (route) => waiters.get(route) ?? Promise.resolve(),
    last,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
