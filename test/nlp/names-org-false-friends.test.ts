import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// Capitalised phrases that look like organisations and are not, and organisations glued to their neighbours.
// All companies and people are invented.

const orgsOf = (text: string) => names(run(text).organizations);

function assertNoOrg(text: string, ...bad: string[]) {
  const orgs = orgsOf(text);
  for (const b of bad) assert.ok(!orgs.includes(b), `"${b}" listed as an organisation in: ${text}\norgs: ${orgs.join(' | ')}`);
}

test('a legal form after a comma belongs to the name before it, places inside the name too', () => {
  for (const [text, name] of [
    ['The plant is owned by Kestrel Foods Holdings, Inc., in which the group holds 70%.', 'Kestrel Foods Holdings, Inc.'],
    ['The hub is run by Ardmore Coldstore Philippines, Inc., a local unit of the group.', 'Ardmore Coldstore Philippines, Inc.'],
    ['Brenton Cables Vietnam, Ltd. will supply the cable; Orvena Grid Kenya, LLC will lay it.', 'Brenton Cables Vietnam, Ltd.'],
  ]) {
    const orgs = orgsOf(text);
    assert.ok(!orgs.includes('Inc.') && !orgs.includes('Ltd.') && !orgs.includes('LLC'), `${text}\norgs: ${orgs.join(' | ')}`);
    assert.ok(orgs.includes(name), `${name} missing in: ${text}\norgs: ${orgs.join(' | ')}`);
  }
  assert.ok(orgsOf('Brenton Cables Vietnam, Ltd. will supply the cable; Orvena Grid Kenya, LLC will lay it.').includes('Orvena Grid Kenya, LLC'));
});

test('ordinary words and a sector word before a capitalised title are the title\'s field, not a body', () => {
  assertNoOrg("Anna Berg, the bank's Regional Industry Director for Central Asia, said the loan would close soon.", 'Regional Industry');
  assertNoOrg('The fund’s Global Energy Head, Tomas Varn, declined to comment.', 'Global Energy');
  assertNoOrg('Said Orlov, Regional Infrastructure Manager at the lender, visited the site.', 'Regional Infrastructure');
});

test('a body\'s head word alone before a title is no organisation ("Council chairman X")', () => {
  assertNoOrg('Council chairman Jonas Peli cut the ribbon on Friday.', 'Council');
  assertNoOrg('The works were opened by Board chairman Ilse Varn and the mayor.', 'Board');
  assertNoOrg('Authority director Sam Okafor said the road would open in June.', 'Authority');
  // a named body before the title stays
  assert.ok(orgsOf('Velmora Port Authority director Sam Okafor said the quay would open in June.').includes('Velmora Port Authority'));
});

test("a contraction with 's (Let's, Here's) is no possessor", () => {
  assertNoOrg("Q: Let's start with the bridge. Where are you on it?", 'Let');
  assertNoOrg("Here's the plan, Berik Dosov said on Monday.", 'Here');
  assertNoOrg("Q: Let's talk about money. A: Let's.", 'Let');
});

test("a name opener keeps its name before a possessive ('Top End's chief executive')", () => {
  for (const [text, name] of [
    ["Top End's chief executive, Brendan Hollow, said his company would bid again.", 'Top End'],
    ["First Arrow's board approved the purchase of the mill on Monday.", 'First Arrow'],
  ]) {
    const orgs = orgsOf(text);
    assert.ok(!orgs.includes(name.split(' ')[1]), `${text}\norgs: ${orgs.join(' | ')}`);
  }
});
