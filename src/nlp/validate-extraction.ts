// Validates an object against Extraction JSON v1 (shared/spec/extraction-v1.md): the JSON Schema in
// schema/extraction-v1.schema.json, plus the rules a schema cannot express (end >= start, offsets
// inside the text, names that must refer to entries of another list, real calendar days, and the
// engine-output rule that every project and event carries evidence).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

export const EXTRACTION_SCHEMA_FILE = 'extraction-v1.schema.json';

export type ValidationResult = { ok: true } | { ok: false; errors: string[] };

export interface ValidateOptions {
  /** Projects and events must carry at least one evidence span (engine output). Gold files may omit
   * evidence, so pass false for them. Default true. */
  requireEvidence?: boolean;
}

let schemaFile: string | null = null;

/** Path of schema/extraction-v1.schema.json, found by walking up from this module (src/nlp under tsx,
 * dist/src/nlp after tsc). */
export function extractionSchemaPath(): string {
  if (schemaFile) return schemaFile;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'schema', EXTRACTION_SCHEMA_FILE);
    if (existsSync(candidate)) { schemaFile = candidate; return candidate; }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`corridor: cannot find schema/${EXTRACTION_SCHEMA_FILE} above ${dirname(fileURLToPath(import.meta.url))}`);
}

let compiled: ValidateFunction | null = null;

function validator(): ValidateFunction {
  if (compiled) return compiled;
  const schema = JSON.parse(readFileSync(extractionSchemaPath(), 'utf8')) as object;
  compiled = new Ajv({ allErrors: true, strict: true }).compile(schema);
  return compiled;
}

/** The parsed JSON Schema (compiled once). */
export function extractionSchema(): Record<string, unknown> {
  return validator().schema as Record<string, unknown>;
}

/** The JSON Schema alone (what a gold file must satisfy). */
export function validateSchema(x: unknown): ValidationResult {
  const validate = validator();
  if (validate(x)) return { ok: true };
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if').map((e) => formatAjvError(e, x));
  return { ok: false, errors: [...new Set(errors)] };
}

/**
 * Schema plus the checks a schema cannot express. `text` (or, failing that, `x.text`) is the
 * normalised text the offsets point into; when neither is given, offsets are only checked for
 * end >= start. Every message starts with the JSON Pointer of the offending value.
 */
export function validateExtraction(x: unknown, text?: string, options: ValidateOptions = {}): ValidationResult {
  const schema = validateSchema(x);
  const errors = schema.ok ? [] : [...schema.errors];
  if (isObject(x)) errors.push(...semanticErrors(x, text, options.requireEvidence ?? true));
  return errors.length ? { ok: false, errors } : { ok: true };
}

// ---------------------------------------------------------------------------------------------

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function items(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function pointer(parts: (string | number)[]): string {
  return parts.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

function show(v: unknown): string {
  let s: string;
  try { s = JSON.stringify(v) ?? String(v); } catch { s = String(v); }
  return s.length > 80 ? s.slice(0, 77) + '...' : s;
}

function valueAt(root: unknown, instancePath: string): unknown {
  let v = root;
  for (const raw of instancePath.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(v)) v = v[Number(key)];
    else if (isObject(v)) v = v[key];
    else return undefined;
  }
  return v;
}

function formatAjvError(e: ErrorObject, root: unknown): string {
  const at = e.instancePath || '/';
  const got = `; got ${show(valueAt(root, e.instancePath))}`;
  switch (e.keyword) {
    case 'required':
      return `${e.instancePath}/${(e.params as { missingProperty: string }).missingProperty}: is required`;
    case 'enum':
      return `${at}: must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}${got}`;
    case 'const':
      return `${at}: must be ${show((e.params as { allowedValue: unknown }).allowedValue)}${got}`;
    case 'pattern': {
      const what = /dateApprox/.test(e.schemaPath) ? 'YYYY, YYYY-MM or YYYY-MM-DD'
        : /dateOrNull/.test(e.schemaPath) ? 'a date YYYY-MM-DD or null'
        : /countryOrNull/.test(e.schemaPath) ? 'an ISO 3166-1 alpha-2 code (two capital letters) or null'
        : /country/.test(e.schemaPath) ? 'an ISO 3166-1 alpha-2 code (two capital letters)'
        : /currency/.test(e.schemaPath) ? 'an ISO 4217 code (three capital letters)'
        : `a string matching ${(e.params as { pattern: string }).pattern}`;
      return `${at}: must be ${what}${got}`;
    }
    case 'type': {
      const t = (e.params as { type: string | string[] }).type;
      return `${at}: must be ${(Array.isArray(t) ? t : String(t).split(',')).join(' or ')}${got}`;
    }
    case 'minimum':
    case 'maximum':
    case 'minLength':
    case 'uniqueItems':
      return `${at}: ${e.message ?? 'is invalid'}${got}`;
    default:
      return `${at}: ${e.message ?? 'is invalid'}`;
  }
}

const LISTS = ['people', 'organizations', 'places', 'projects', 'events'] as const;

function namesOf(list: unknown): Set<string> {
  const out = new Set<string>();
  for (const item of items(list)) {
    if (!isObject(item)) continue;
    if (typeof item.name === 'string') out.add(item.name);
    for (const a of items(item.aliases)) if (typeof a === 'string') out.add(a);
  }
  return out;
}

function isCalendarDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return true; // the schema reports the shape
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return days !== undefined && d >= 1 && d <= days;
}

function semanticErrors(x: Obj, textArg: string | undefined, requireEvidence: boolean): string[] {
  const errors: string[] = [];
  const ownText = typeof x.text === 'string' ? x.text : undefined;
  if (textArg !== undefined && ownText !== undefined && textArg !== ownText) {
    errors.push(`/text: differs from the text the offsets were checked against (${ownText.length} vs ${textArg.length} code units)`);
  }
  const text = textArg ?? ownText;

  // evidence: end >= start, inside the text; required on engine projects and events
  for (const list of LISTS) {
    items(x[list]).forEach((item, i) => {
      if (!isObject(item)) return;
      const ev = item.evidence;
      if (ev === undefined) {
        if (requireEvidence && (list === 'projects' || list === 'events')) errors.push(`${pointer([list, i, 'evidence'])}: is required on engine output`);
        return;
      }
      if (!Array.isArray(ev)) return; // the schema reports it
      if (requireEvidence && (list === 'projects' || list === 'events') && ev.length === 0) {
        errors.push(`${pointer([list, i, 'evidence'])}: must list at least one span`);
      }
      ev.forEach((span, j) => {
        if (!isObject(span)) return;
        const { start, end } = span;
        if (typeof start !== 'number' || typeof end !== 'number') return;
        const at = pointer([list, i, 'evidence', j]);
        if (end < start) errors.push(`${at}: end ${end} is before start ${start}`);
        if (text !== undefined && start >= 0 && end >= 0 && (end > text.length || start > text.length)) { // negatives: the schema says so
          errors.push(`${at}: span ${start}-${end} lies outside the text (length ${text.length})`);
        }
      });
    });
  }

  // names that refer to entries of other lists
  const places = namesOf(x.places);
  const orgs = namesOf(x.organizations);
  const people = namesOf(x.people);
  const projects = namesOf(x.projects);
  items(x.projects).forEach((p, i) => {
    if (!isObject(p)) return;
    items(p.places).forEach((n, j) => {
      if (typeof n === 'string' && !places.has(n)) errors.push(`${pointer(['projects', i, 'places', j])}: ${show(n)} is not the name or an alias of an entry in /places`);
    });
    items(p.organizations).forEach((o, j) => {
      if (isObject(o) && typeof o.name === 'string' && !orgs.has(o.name)) {
        errors.push(`${pointer(['projects', i, 'organizations', j, 'name'])}: ${show(o.name)} is not the name or an alias of an entry in /organizations`);
      }
    });
    if (isObject(p.amount)) minBelowValue(p.amount, ['projects', i, 'amount'], errors);
    items(p.capacity).forEach((c, j) => { if (isObject(c)) minBelowValue(c, ['projects', i, 'capacity', j], errors); });
  });
  items(x.events).forEach((e, i) => {
    if (!isObject(e)) return;
    const refs: [string, Set<string>, string][] = [['participants', people, '/people'], ['organizations', orgs, '/organizations'], ['projects', projects, '/projects']];
    for (const [field, known, list] of refs) {
      items(e[field]).forEach((n, j) => {
        if (typeof n === 'string' && !known.has(n)) errors.push(`${pointer(['events', i, field, j])}: ${show(n)} is not the name or an alias of an entry in ${list}`);
      });
    }
    if (typeof e.date === 'string' && !isCalendarDay(e.date)) errors.push(`${pointer(['events', i, 'date'])}: ${show(e.date)} is not a calendar day`);
  });
  const doc = x.document;
  if (isObject(doc) && typeof doc.published === 'string' && !isCalendarDay(doc.published)) {
    errors.push(`/document/published: ${show(doc.published)} is not a calendar day`);
  }
  return errors;
}

function minBelowValue(q: Obj, at: (string | number)[], errors: string[]): void {
  if (typeof q.min === 'number' && typeof q.value === 'number' && q.min > q.value) {
    errors.push(`${pointer([...at, 'min'])}: lower bound ${q.min} is above value ${q.value}`);
  }
}
