import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from './helpers.js';

test('tokens keep hyphenated and apostrophe words whole and split possessives', () => {
  const doc = docOf("Ust-Kamenogorsk lies east of Xi'an. The lender's board met.");
  const texts = doc.tokens.map((t) => t.text);
  assert.ok(texts.includes('Ust-Kamenogorsk'));
  assert.ok(texts.includes("Xi'an"));
  assert.ok(texts.includes("'s"));
  assert.ok(texts.includes('lender'));
});

test('numbers keep their separators; letters glued to digits split off', () => {
  const texts = docOf('It cost $2bn for 1,131 km and 1.2GW.').tokens.map((t) => t.text);
  assert.deepEqual(texts.slice(0, 6), ['It', 'cost', '$', '2', 'bn', 'for']);
  assert.ok(texts.includes('1,131'));
  assert.ok(texts.includes('1.2') && texts.includes('GW'));
});

test('every token offset points at its text', () => {
  const doc = docOf('Der Bau beginnt — “Phase II” costs €40m; see p. 4.\n\nNew paragraph here.');
  for (const t of doc.tokens) assert.equal(doc.text.slice(t.start, t.end), t.text);
});

test('sentences split at full stops but not after abbreviations or initials', () => {
  const doc = docOf('Mr. Arslan met Dr. Kaya at Nordwind Co. on Monday. J. R. Ortiz said the plan works. Then they left.');
  const s = doc.sentences.map((x) => doc.text.slice(x.start, x.end));
  assert.equal(s.length, 3, JSON.stringify(s));
  assert.ok(s[0].endsWith('Monday.'));
  assert.ok(s[1].startsWith('J. R. Ortiz'));
});

test('a paragraph break always ends a sentence', () => {
  const doc = docOf('A headline without a stop\n\nThe body starts here. It goes on.');
  assert.equal(doc.sentences.length, 3);
  assert.ok(doc.sentences[1].paragraph > doc.sentences[0].paragraph);
});

test('a month abbreviation ends no sentence before a day, but a name that looks like one does end it', () => {
  const a = docOf('The deal was signed on Jun. 10 in Astana. It covers a plant.');
  assert.equal(a.sentences.length, 2);
  const b = docOf('The minister met Ambassador Wang Jun. The plant will cost $820 million.');
  assert.equal(b.sentences.length, 2);
});

test('the tokenizer reads text exactly as its pattern does (the character-code fast path included)', async () => {
  const { TOKEN_RE } = await import('../../src/nlp/tokenize.js');
  // characters the fast path decides on, and others it must hand to the pattern: capitals with dots, the
  // possessive, inner apostrophes and hyphens, digits with separators, marks, other scripts, odd spaces
  const alphabet = ['a', 's', 'S', 'A', 'U', 'x', '.', ',', "'", '’', '‐', '-', '_', '1', '9', ' ', '\n', '\t', '\u00a0', 'é', 'É', '\u0301', 'ß', '١', '²', '中', '😀', '$', '(', '\u2009', 'İ'];
  let seed = 7;
  const rnd = () => { seed = (seed * 1103515245 + 12345) >>> 0; return seed / 2 ** 32; };
  for (let i = 0; i < 20000; i++) {
    let s = '';
    const len = 1 + Math.floor(rnd() * 12);
    for (let k = 0; k < len; k++) s += alphabet[Math.floor(rnd() * alphabet.length)];
    const expected = [...s.matchAll(new RegExp(TOKEN_RE.source, TOKEN_RE.flags))].map((m) => [m.index, m.index! + m[0].length]);
    const got = docOf(s).tokens.map((t) => [t.start, t.end]);
    assert.deepEqual(got, expected, JSON.stringify(s));
  }
});
