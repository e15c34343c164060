// Curation over the API: merge, split and set, each with a required note, and the audit log.

import { z } from 'zod';
import { componentRegistry } from './response-schemas.js';

const id = z.string().regex(/^(prj|org)-[0-9a-z]{10}$/, { error: 'must be a public id such as prj-0123456789' });
const note = z.string().trim().min(1, { error: 'a note saying why is required' }).max(2000);
const actor = z.string().trim().min(1).max(100).optional().meta({ description: 'Who is acting; "api" when not given.' });

export const MergeBody = z.strictObject({
  ids: z.array(id).min(2, { error: 'merge needs at least two ids' }).max(50),
  note,
  actor,
}).meta({ description: 'Projects (prj-…) or organisations (org-…), not both.' });

export const SplitBody = z.strictObject({
  id,
  documents: z.array(z.number().int().positive()).max(500).optional()
    .meta({ description: "Documents whose statements leave; default: every source but the first (or every statement, when one article made them all)." }),
  note,
  actor,
});

export const SetBody = z.strictObject({
  id,
  field: z.enum(['name', 'type', 'sector', 'status', 'country', 'capacity', 'amount']),
  value: z.union([z.string().max(500), z.record(z.string(), z.unknown()), z.array(z.record(z.string(), z.unknown())).max(20)])
    .meta({ description: 'As typed ("1000 MW", "USD 2e9", "KZ", "none" to clear) or as JSON (a capacity list, an amount object).' }),
  note,
  actor,
});

export const CurationQuery = z.strictObject({
  target: z.string().max(20).optional().meta({ description: 'Only the acts on this public id.' }),
});

export const CurationResult = z.object({ ids: z.array(z.string()) });
componentRegistry.add(CurationResult, { id: 'CurationResult' });
