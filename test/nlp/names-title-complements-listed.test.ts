// A title's complement that lists several fields with commas, and one that is a body's name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('"Minister of Mines, Petroleum and Energy NAME": the name after the listed fields is the minister', () => {
  for (const text of [
    'Before the signing, Minister of Mines, Petroleum and Energy Ange-Désiré Koffi received the lenders on Friday.',
    'Minister of Economy, Trade, Tourism and Industry Radoslav Yankov opened the forum.',
  ]) {
    const x = run(text);
    assert.equal(x.people.length, 1, `${text} ${JSON.stringify(x.people)}`);
    assert.equal(x.people[0].roles[0]?.title, 'Minister');
    assert.equal(x.organizations.length, 0, JSON.stringify(x.organizations));
  }
});

test('"the chairman of Acme Holdings, NAME": the body is his employer, the title is "chairman"', () => {
  const x = run('The chairman of Tarvel Rail Holdings, Ivan Dobrev, said the depot would open in May.');
  assert.deepEqual(names(x.people), ['Ivan Dobrev']);
  assert.deepEqual(x.people[0].roles, [{ title: 'chairman', organization: 'Tarvel Rail Holdings' }]);
});
