import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer } from '../../src/nlp/gazetteer.js';
import { run, names } from './helpers.js';

test('a town named without the Arabic article its official name opens with is that place', () => {
  const g = loadGazetteer();
  assert.equal(g.lookup('Fallujah')[0]?.country, 'IQ');
  assert.equal(g.lookup('Kut')[0]?.kind, 'city');
  // the article as pronounced before a "sun letter": "An Nasiriyah", "As Samawah"
  assert.equal(g.lookup('Samawah')[0]?.country, 'IQ');
  assert.ok(g.hasPrefix('Samawah'));
});

test('an article-less bare word that is an English word or a personal name stays ambiguous, and nothing is invented', () => {
  const g = loadGazetteer();
  assert.equal(g.lookup('Tall')[0]?.ambiguous, true);
  assert.equal(g.lookup('Ahmadi')[0]?.ambiguous, true);
  // "An Giang" is Vietnamese: 'an' is no article before a g, so "Giang" alone is nothing
  assert.deepEqual(g.lookup('Giang'), []);
});

test('works outside such a town are placed there', () => {
  const x = run('The electricity ministry signed a power purchase agreement with Qamar Solar for a 200-megawatt solar plant outside Diwaniyah.');
  const town = x.places.find((p) => p.name === 'Diwaniyah');
  assert.equal(town?.kind, 'city');
  assert.equal(town?.country, 'IQ');
  assert.deepEqual(x.projects[0]?.places, ['Diwaniyah']);
});
