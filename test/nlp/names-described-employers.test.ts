import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// A person's title whose body is named by a description ("the bank's president"): the role gets the body the
// description stands for. Invented names throughout.

const roleOf = (text: string, name: string) => run(text, '2026-04-24').people.find((p) => p.name === name)?.roles;

test('"X, the bank\'s director general": an apposition with a described body', () => {
  const roles = roleOf('The Kessary Development Bank approved the loan on Wednesday. "These links matter," said Nadia Orlov, the bank\'s director general, after the board meeting.', 'Nadia Orlov');
  assert.deepEqual(roles, [{ title: 'director general', organization: 'Kessary Development Bank' }]);
});

test('"the lender\'s president, X" and "X, chairman of the company": the title before, and a description after "of"', () => {
  const a = roleOf('Tarvin Ports Holding signed the concession. The company\'s chairman, Idris Kanté, said work would start in June.', 'Idris Kanté');
  assert.deepEqual(a, [{ title: 'chairman', organization: 'Tarvin Ports Holding' }]);
  const b = roleOf('Tarvin Ports Holding signed the concession. Idris Kanté, chairman of the company, said work would start in June.', 'Idris Kanté');
  assert.deepEqual(b, [{ title: 'chairman', organization: 'Tarvin Ports Holding' }]);
});

test("'administrator of the company's subsidiary, NAME': a possessive description names another body, not the employer", () => {
  const roles = roleOf('Minister Lina Haddad received a delegation of Velmora Power S.A., with Petar Ilic, administrator of the company\'s local subsidiary, Velmora Power Kessary.', 'Petar Ilic');
  assert.ok(roles?.every((r) => r.organization !== 'Velmora Power S.A.'), JSON.stringify(roles));
});
