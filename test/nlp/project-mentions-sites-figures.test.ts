import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a facility word in a figure of speech names no works; a mine or port given as where other works
// stand is their site.

const names = (text: string) => run(text).projects.map((p) => `${p.type}:${p.name}`);

test("a report item 'Development pipeline' of 1.1 GW is no pipeline project", () => {
  const got = names("Brenmoor Renewables S.A. Half-year report.\n\n3.1 Development pipeline. The Company's development pipeline amounts to about 1.1 GW, including a wind project of roughly 150 MW in Tarvin County.");
  assert.ok(!got.some((n) => n.startsWith('pipeline:')), JSON.stringify(got));
});

test("'expanding the acid plant at the Kessary mine' makes the mine a site, not a project", () => {
  const got = names('Calvaro Build is already expanding the state company\'s sulphuric acid plant at the Kessary mine, adding 2,000 tonnes a day; that work is half done.');
  assert.ok(!got.some((n) => n.startsWith('mine:')), JSON.stringify(got));
  assert.ok(got.some((n) => n.startsWith('manufacturing_plant:') || n.startsWith('petrochemical_plant:')), JSON.stringify(got));
});

test('a mine the text has already made a project stays one when named as a site later', () => {
  const got = names('Brenmoor Mining will build the $400 million Kessary copper mine in Velmora. Calvaro Build will also erect a crushing plant at the Kessary mine.');
  assert.ok(got.some((n) => n.startsWith('mine:')), JSON.stringify(got));
});
