import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented stories where a speaker's quotation holds a cue of a stage: a figure of speech as often as a fact, it fills a
// gap only and does not outweigh the narrator's stage.

const statusOf = (text: string, type: string) => {
  const x = run(text, '2026-05-04');
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects.map((q) => [q.name, q.type])));
  return p.status;
};

test("a quotation's figure of speech does not outweigh the narrator's signed loan", () => {
  assert.equal(statusOf('"This is a road that opens the north to the world," the roads minister said of the 300 km Osk-Dara highway in Ghana. Tarvin Bank signed a $200 million loan for the highway on Monday.', 'road'), 'agreed');
});

test("a quotation's cue still fills a gap, and the narrator's cue stays firm", () => {
  assert.equal(statusOf('"We opened the 300 km Osk-Dara highway in Ghana in March," the roads minister said.', 'road'), 'operating');
  assert.equal(statusOf('The 300 km Osk-Dara highway in Ghana opened in March. It was financed by a loan from Tarvin Bank.', 'road'), 'operating');
  // (a stop told in a quotation is still a stop)
  assert.equal(statusOf('"We have suspended the 300 km Osk-Dara highway in Ghana," the roads minister said.', 'road'), 'cancelled');
});
