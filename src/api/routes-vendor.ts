// /vendor/*: the few files the web app takes from npm packages, served from node_modules so
// the app works offline (no CDN, no tile server). A fixed list: nothing else under
// node_modules can be reached.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';
import { notFound } from './http-error.js';

const require = createRequire(import.meta.url);

const VENDOR_FILES: Readonly<Record<string, { module: string; type: string }>> = {
  // TopoJSON decoder (UMD build: defines the `topojson` global for the map page).
  'topojson-client.js': { module: 'topojson-client/dist/topojson-client.min.js', type: 'text/javascript; charset=utf-8' },
  // Natural Earth 1:110m countries, from world-atlas.
  'countries-110m.json': { module: 'world-atlas/countries-110m.json', type: 'application/json; charset=utf-8' },
};

export function registerVendorRoutes(app: FastifyInstance): void {
  const cache = new Map<string, Buffer>();
  app.get<{ Params: { file: string } }>('/vendor/:file', async (request, reply) => {
    const file = Object.hasOwn(VENDOR_FILES, request.params.file) ? VENDOR_FILES[request.params.file] : undefined;
    if (!file) throw notFound('not found');
    let body = cache.get(file.module);
    if (!body) {
      body = await readFile(require.resolve(file.module));
      cache.set(file.module, body);
    }
    // Package files change only with a new install: a day of caching is safe.
    return reply.type(file.type).header('cache-control', 'public, max-age=86400').send(body);
  });
}
