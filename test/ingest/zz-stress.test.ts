// Property tests: the readers take anything without throwing, and what they return
// is either a document with text or a failure with a one-line reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isFailure, type ReadResult } from '../../src/ingest/document.js';
import { normalizeText } from '../../src/ingest/normalize-text.js';
import { toIsoDate } from '../../src/ingest/parse-date.js';
import { readFeed } from '../../src/ingest/read-feed.js';
import { readHtml } from '../../src/ingest/read-html.js';
import { readText } from '../../src/ingest/read-text.js';

const SOURCE = { input: 'prop', path: 'prop' };

/** Strings that mix arbitrary code units with the characters the readers care about. */
const textish = fc.string({
  unit: fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    { weight: 3, arbitrary: fc.constantFrom('\n', '\r\n', '\r', ' ', '\u00A0', '\t', '\uFEFF', '\u2029', 'Title: ', 'Published: 2 July 2024', '<p>', '</p>', '&amp;', '<![CDATA[', ']]>', '<rss><channel><item><description>', '</description></item></channel></rss>') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }) },
  ),
  maxLength: 300,
});

function wellFormed(r: ReadResult): void {
  if (isFailure(r)) {
    assert.equal(typeof r.reason, 'string');
    assert.ok(r.reason.length > 0, 'reason is not empty');
    assert.ok(!r.reason.includes('\n'), `reason is one line: ${JSON.stringify(r.reason)}`);
  } else {
    assert.ok(r.text.length > 0, 'document text is not empty');
    assert.equal(r.text, r.text.trim());
    assert.ok(!r.text.includes('\r'));
  }
}

test('normalizeText never throws and its output is stable', () => {
  fc.assert(
    fc.property(textish, (s) => {
      const once = normalizeText(s);
      assert.equal(normalizeText(once), once, 'idempotent');
      assert.equal(once, once.trim());
      assert.ok(!/\r|\n{3,}|[ \u00A0\t]\n|\uFEFF/.test(once));
    }),
    { numRuns: 20000 },
  );
});

test('readText on arbitrary strings and bytes returns a document with text or a failure', () => {
  fc.assert(fc.property(textish, (s) => wellFormed(readText(s, SOURCE))), { numRuns: 20000 });
  fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => wellFormed(readText(b, SOURCE))), { numRuns: 20000 });
});

test('readHtml and readFeed on arbitrary input never throw', () => {
  fc.assert(
    fc.property(textish, fc.uint8Array({ maxLength: 200 }), (s, b) => {
      wellFormed(readHtml(s, SOURCE));
      wellFormed(readHtml(b, SOURCE));
      for (const r of readFeed(s, SOURCE)) wellFormed(r);
      for (const r of readFeed(b, SOURCE)) wellFormed(r);
    }),
    { numRuns: 200000 },
  );
});

test('toIsoDate returns null or a YYYY-MM-DD string', () => {
  fc.assert(
    fc.property(fc.oneof(textish, fc.date({ noInvalidDate: true }).map((d) => d.toUTCString())), (s) => {
      const iso = toIsoDate(s);
      assert.ok(iso === null || /^\d{4}-\d{2}-\d{2}$/.test(iso), String(iso));
    }),
    { numRuns: 20000 },
  );
});
