// `corridor serve`: the HTTP API over the store, and the web page.

import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { Store } from '../store/store.js';
import { ALL_ROUTES } from './route-specs.js';
import { registerDocumentRoutes } from './routes-documents.js';
import { registerEntityRoutes } from './routes-entities.js';
import { registerExploreRoutes } from './routes-explore.js';
import { registerIngestRoutes } from './routes-ingest.js';
import { registerCurationRoutes } from './routes-curation.js';
import { registerOpenApiRoute } from './routes-openapi.js';
import { registerProjectRoutes } from './routes-projects.js';
import { registerRegisterRoutes } from './routes-register.js';
import { registerVendorRoutes } from './routes-vendor.js';
import { registerWebRoutes } from './routes-web.js';
import { applySecurityDefaults, BODY_LIMIT, SECURITY_HEADERS } from './security.js';
import { generateToken } from './api-token.js';
import { isLoopbackHost } from './loopback.js';
import { applyAccessChecks } from './write-access.js';
import { applyResponseCache } from './response-cache.js';
import { findWebRoot } from './web-root.js';

export interface ServerOptions {
  logger?: boolean;
  /** POST /api/ingest may fetch URLs on loopback and private addresses (tests). */
  allowPrivateUrls?: boolean;
  /** The token every write request must carry; a random one when not given. */
  token?: string;
  /** Answer only loopback Host names (set by startServer for a loopback bind). */
  loopbackOnly?: boolean;
}

export interface StartOptions extends ServerOptions {
  host?: string;
  port?: number;
}

export interface RunningServer {
  url: string;
  /** The API token writes need (the one given, or the one made at start). */
  token: string;
  close(): Promise<void>;
}

export function buildServer(store: Store, opts: ServerOptions = {}): FastifyInstance {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: BODY_LIMIT,
    // A URL the router cannot decode gets the same JSON error shape as everything else.
    frameworkErrors: (error, _request, reply) => {
      // Framework errors skip the onSend hooks, so the security headers are set here too.
      (reply as FastifyReply)
        .code(400)
        .headers(SECURITY_HEADERS)
        .type('application/json; charset=utf-8')
        .send({ error: `bad request: ${error.message}` });
    },
  });
  applySecurityDefaults(app);
  // Before any route is registered: the write guard attaches itself to each write route.
  applyAccessChecks(app, { token: opts.token ?? generateToken(), loopbackOnly: opts.loopbackOnly ?? false });
  // After the access checks, so a refused request is never answered from the cache.
  applyResponseCache(app, store);

  // Every /api route must come from a spec, or the OpenAPI document would miss it.
  const documented = new Set(ALL_ROUTES.map((r) => `${r.method} ${r.url}`));
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD' || !route.url.startsWith('/api/')) continue;
      if (!documented.has(`${method} ${route.url}`)) throw new Error(`route ${method} ${route.url} has no spec in route-specs.ts`);
    }
  });

  const webRoot = findWebRoot();
  registerProjectRoutes(app, store);
  registerDocumentRoutes(app, store);
  registerEntityRoutes(app, store);
  registerRegisterRoutes(app, store);
  registerExploreRoutes(app, store);
  registerIngestRoutes(app, store, { allowPrivateUrls: opts.allowPrivateUrls });
  registerCurationRoutes(app, store);
  registerVendorRoutes(app);
  registerOpenApiRoute(app, packageVersion(dirname(webRoot)));
  registerWebRoutes(app, webRoot);
  return app;
}

export async function startServer(store: Store, opts: StartOptions = {}): Promise<RunningServer> {
  const { host = '127.0.0.1', port = 8080, ...serverOpts } = opts;
  const loopbackOnly = isLoopbackHost(host);
  // Off loopback the token is what keeps the register from the network; a random one that
  // nobody was told would leave only the web app on this machine able to write, so refuse.
  if (!loopbackOnly && !serverOpts.token) throw new Error(`binding ${host} (not loopback) needs an API token`);
  const token = serverOpts.token ?? generateToken();
  const app = buildServer(store, { ...serverOpts, token, loopbackOnly });
  await app.listen({ host, port });
  const address = app.server.address() as AddressInfo;
  const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${hostPart}:${address.port}`,
    token,
    close: () => app.close(),
  };
}

function packageVersion(packageRoot: string): string {
  try {
    const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
