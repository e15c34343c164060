import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// An analyst's firm is a source, not a party, also when a noun describing the firm stands between the source words and
// its name ("an analyst at Brel-based consultancy B"); a described body that is not after source words stays a party.

const orgsOf = (text: string) => run(text).projects.flatMap((p) => p.organizations.map((o) => o.name));

test('"an analyst at Brel-based consultancy B", "according to the research firm B": B is a source, on no project', () => {
  for (const text of [
    'Velmora Chemicals began building a 1 million tonne urea plant at Osk on Monday. Darvo Bank is lending $400 million for the plant. Anna Berg, a fertilizer analyst at Brel-based consultancy Tarvo Research Partners, said the plant\'s budget was high.',
    'Velmora Chemicals began building a 1 million tonne urea plant at Osk on Monday. The plant\'s budget is the highest in the region, according to the research firm Tarvo Research Partners.',
  ]) {
    const orgs = orgsOf(text);
    assert.ok(orgs.includes('Velmora Chemicals'), `${text}\n${orgs.join(' | ')}`);
    assert.ok(!orgs.includes('Tarvo Research Partners'), `${text}\n${orgs.join(' | ')}`);
  }
});

test('a described body after words that are no source words keeps its part', () => {
  const text = 'Velmora Chemicals began building a 1 million tonne urea plant at Osk on Monday. The plant will be built by Brel-based contractor Tarvo Engineering Group.';
  const orgs = orgsOf(text);
  assert.ok(orgs.includes('Tarvo Engineering Group'), orgs.join(' | '));
});
