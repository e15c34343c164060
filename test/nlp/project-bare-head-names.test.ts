import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented mini-articles. A pipeline introduced as a project of its own ("a second phase ... plans a 180-km pipeline to
// carry water from the plant") is what a later bare "the pipeline" names, though the plant is still under discussion:
// its cost is the pipeline's, not the plant's.
const find = (text: string, name: string) => {
  const p = run(text).projects.find((q) => q.name.includes(name));
  assert.ok(p, name);
  return p;
};

const article = 'Velmora signed a contract with Ostrava Aqua to build a desalination plant near Kessa. '
  + 'In a second phase, the water ministry plans a 180-kilometre pipeline to carry treated water from the plant to Dorrin. '
  + 'Officials put the cost of the pipeline at $400 million to $520 million.';

test('"the pipeline" after a pipeline project named in the sentence before takes its cost', () => {
  assert.equal(find(article, 'pipeline').amount?.value, 520e6);
  assert.equal(find(article, 'desalination').amount, null);
});

test('a national push with a deadline is no size of the works under discussion', () => {
  const text = `${article} The pipeline has no contractor yet.\n\nThe award is part of a push by Velmora to add 500,000 cubic metres a day of desalination capacity by 2030.`;
  const pipe = find(text, 'pipeline');
  assert.ok(!pipe.capacity.some((c) => c.value === 500000), JSON.stringify(pipe.capacity));
});

// Counter-case: a pipeline only named as a part of the plant stays a part, and the plant keeps the cost.
test('a pipeline named only as a part of the plant stays the plant\'s', () => {
  const text = 'Ostrava Aqua will build a desalination plant near Kessa with a 14-km pipeline to the town. The pipeline and plant will cost $90 million.';
  const x = run(text);
  assert.equal(x.projects.length, 1, JSON.stringify(x.projects.map((p) => p.name)));
  assert.equal(x.projects[0].amount?.value, 90e6);
});
