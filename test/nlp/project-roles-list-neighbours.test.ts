import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/nlp/extract.js';
import { validateExtraction } from '../../src/nlp/validate-extraction.js';

// Members of a list borrow a role from each other: the first of joint subjects from the conjunct after it, a member
// with only its own sum after it from the member before it. Asked of each other in turn, two such neighbours used to
// recurse until the stack ran out (a fuzzed input found it; these sentences are ours).
test('two list members that each borrow the other one\'s role do not recurse without end', () => {
  for (const text of [
    'A cement plant in Tarvin.\n\nHollin Group and Marsh Holdings $40 million, and the rest.',
    'Solar park. Kessary.\n\nBrindle Corporation and Okonkwo $2.5 ,.',
    'The Ardlow port expansion is going ahead.\n\nVelor Capital and the Kessary Infrastructure Fund $120 million each, the ministry said.',
  ]) {
    const x = extract({ text, published: '2026-03-02' });
    const r = validateExtraction(x, x.text as string);
    assert.ok(r.ok, r.ok ? '' : r.errors.join('\n'));
  }
});
