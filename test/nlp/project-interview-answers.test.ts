import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// In a question-and-answer interview the paragraph right after a question that names works answers it: its figures
// and its firm stage are those works', though the answer names them by no word of its own.

const INTERVIEW = `Title: Interview: Zlatna Glass on its Ruse expansion

Zlatna Glass AD will build a float glass line at Ruse. We spoke to its founder, Maria Ivanova.

Q: What will the new line cost, and when does work start?
A: About 90 million euros. Work began in February.

Q: Who is building it?
A: Stroy Montazh EOOD is the main contractor.`;

test('an answer gives the works the question named their cost and stage', () => {
  const p = run(INTERVIEW).projects;
  assert.equal(p.length, 1);
  assert.equal(p[0].amount?.value, 90_000_000);
  assert.equal(p[0].status, 'construction');
});

test('an answer to a question naming no works gives the works nothing', () => {
  const p = run(`Zlatna Glass AD will build a float glass line at Ruse. We spoke to its founder, Maria Ivanova.

Q: How is the glass market this year?
A: Prices fell by a tenth. Our exports to Serbia reached about 3 million euros.`).projects;
  assert.equal(p.length, 1);
  assert.equal(p[0].amount, null);
});
