// Who may change the register, and who may read it from a browser:
// - every write route (any method but GET and HEAD) needs `Authorization: Bearer <token>`,
//   whatever address the server is bound to, and refuses a request a browser marks as coming
//   from another site, token or not;
// - on a loopback bind, a request whose Host is not a loopback name is refused, so a page on
//   another site that a DNS rebinding points at 127.0.0.1 cannot read the register either;
// - the app's own page gets the token from GET /session, which answers only a same-origin
//   fetch from this machine carrying the app's header (see sessionRefusal).

import type { FastifyInstance, FastifyRequest, onRequestHookHandler } from 'fastify';
import { bearerToken, tokenMatches } from './api-token.js';
import { HttpError } from './http-error.js';
import { isLoopbackAddress, loopbackHostHeader } from './loopback.js';

/** The header the web app sends to /session: a page on another origin cannot send it without a preflight, which is never granted. */
export const CLIENT_HEADER = 'x-corridor-client';
export const CLIENT_VALUE = 'web';
export const SESSION_PATH = '/session';

export interface AccessOptions {
  token: string;
  /** The server is bound to loopback: only loopback Host names are answered. */
  loopbackOnly: boolean;
}

const READ_METHODS = new Set(['GET', 'HEAD']);

export function applyAccessChecks(app: FastifyInstance, opts: AccessOptions): void {
  if (opts.loopbackOnly) {
    app.addHook('onRequest', async (request) => {
      if (loopbackHostHeader(request.headers.host) === null) {
        throw new HttpError(421, `this server answers only loopback names (127.0.0.1, [::1], localhost), not "${String(request.headers.host ?? '').slice(0, 100)}"`);
      }
    });
  }

  const guard: onRequestHookHandler = async (request, reply) => {
    const crossSite = crossSiteReason(request);
    if (crossSite) throw new HttpError(403, `write refused: ${crossSite}`);
    const given = bearerToken(request.headers.authorization);
    if (given === null || !tokenMatches(given, opts.token)) {
      reply.header('www-authenticate', 'Bearer realm="corridor"');
      throw new HttpError(401, given === null
        ? 'this request changes the register and needs the API token: Authorization: Bearer <token>'
        : 'the API token does not match');
    }
  };
  // Attached per route, so an unknown path or method still answers 404 rather than 401.
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (methods.every((m) => READ_METHODS.has(m))) return;
    const existing = route.onRequest === undefined ? [] : Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest];
    route.onRequest = [guard, ...existing];
  });

  app.get(SESSION_PATH, async (request, reply) => {
    const refusal = sessionRefusal(request);
    if (refusal) throw new HttpError(403, `no token here: ${refusal}`);
    return reply.header('cache-control', 'no-store').send({ token: opts.token });
  });
}

/**
 * Why a browser request is from another site, or null. Sec-Fetch-Site is set by the browser
 * and cannot be forged by a page; Origin covers browsers and plain-http origins that do not
 * send Sec-Fetch-*. Scripts (curl) send neither and are judged by the token alone.
 */
function crossSiteReason(request: FastifyRequest): string | null {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return `the browser says it comes from another site (Sec-Fetch-Site: ${String(site)})`;
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${request.headers.host}`) return `Origin ${String(origin).slice(0, 100)} is not this server`;
  return null;
}

/**
 * Why the token is not handed over, or null. All four must hold: the peer is this machine,
 * the Host is a loopback name (not a rebound one), the browser says same-origin, and the
 * app's header is present (another origin would need a preflight for it, and gets none).
 */
function sessionRefusal(request: FastifyRequest): string | null {
  if (!isLoopbackAddress(request.socket.remoteAddress)) return 'only a browser on this machine gets the token; send it yourself with Authorization: Bearer';
  if (loopbackHostHeader(request.headers.host) === null) return 'the page was not loaded from a loopback address';
  if (request.headers['sec-fetch-site'] !== 'same-origin') return 'only the app\'s own page (Sec-Fetch-Site: same-origin) gets the token';
  if (request.headers[CLIENT_HEADER] !== CLIENT_VALUE) return `the app's ${CLIENT_HEADER} header is missing`;
  return null;
}
