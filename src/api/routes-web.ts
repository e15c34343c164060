// The analyst's web page: the files of web/, served by name. Only a flat name with a known
// extension is ever read (no slashes, no dots but the extension's), so no request can
// reach a file outside web/.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { notFound } from './http-error.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  webmanifest: 'application/manifest+json',
};

const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}\.([a-z]{2,11})$/;

export function registerWebRoutes(app: FastifyInstance, webRoot: string): void {
  const send = async (reply: FastifyReply, name: string) => {
    const match = FILE_NAME.exec(name);
    const type = match ? CONTENT_TYPES[match[1]] : undefined;
    if (!match || !type) throw notFound('not found');
    let body: Buffer;
    try {
      body = await readFile(join(webRoot, name));
    } catch {
      throw notFound('not found');
    }
    // Read per request so an edit to web/ shows on reload; no-cache still allows 304s later.
    return reply.type(type).header('cache-control', 'no-cache').send(body);
  };

  app.get('/', (_request, reply) => send(reply, 'index.html'));
  app.get<{ Params: { file: string } }>('/:file', (request, reply) => send(reply, request.params.file));
}
