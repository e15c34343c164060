// /api/register, /api/register/facets, /api/register/export.csv and /api/overview: the
// analyst's table (paged, sorted, with facet counts) and the overview page.

import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/store.js';
import { csvHeader, csvRows, CSV_COLUMN_IDS } from './register-csv.js';
import { registerRoute } from './register-route.js';
import { API_ROUTES } from './route-specs.js';

/** Rows fetched per store call while exporting, and the most an export holds. */
const EXPORT_BATCH = 500;
const EXPORT_MAX_ROWS = 200_000;

export function registerRegisterRoutes(app: FastifyInstance, store: Store): void {
  registerRoute(app, API_ROUTES.registerPage, ({ query }) => store.registerPage(query));
  registerRoute(app, API_ROUTES.registerFacets, ({ query }) => store.registerFacets(query));
  registerRoute(app, API_ROUTES.overview, () => store.overview());

  registerRoute(app, API_ROUTES.registerExport, async ({ query }) => {
    const { columns = CSV_COLUMN_IDS, ...filter } = query;
    const parts = [csvHeader(columns)];
    for (let offset = 0; offset < EXPORT_MAX_ROWS; offset += EXPORT_BATCH) {
      const page = await store.registerPage({ ...filter, limit: EXPORT_BATCH, offset });
      parts.push(csvRows(page.rows, columns));
      if (offset + page.rows.length >= page.total || page.rows.length === 0) break;
    }
    return parts.join('');
  });
}
