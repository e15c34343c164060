import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// A public body that procures works is their developer: one described first by a word for a public body ("Velmora's
// port authority, the B, has proposed ..."), one that handles the tender for them ("cancelled the tender to widen the
// road"), one that is studying them. A builder that builds "for the B" is B's contractor, and the works are B's.
test('a port authority introduced by a description and then proposing a rail spur is its developer', () => {
  const x = run('Kessary\'s port authority, the Velmora Ports and Free Zones Authority (VPFZA), has separately proposed a dedicated rail spur to the Lomar container terminal, but no budget has been published.');
  assert.equal(roleOf(x, 'railway', 'Velmora Ports and Free Zones Authority'), 'developer', JSON.stringify(x.projects));
});

test('a ministry that cancels the tender to widen a road is the road\'s developer', () => {
  const x = run('The Ministry of Public Works (MPW) on Thursday cancelled the tender to widen the 38-km road between Ostra and Brenmoor to four lanes, saying the bids were too high.');
  assert.equal(roleOf(x, 'road', 'Ministry of Public Works'), 'developer', JSON.stringify(x.projects));
});

test('an authority studying a rail spur is its developer', () => {
  const x = run('The Tarvin Harbour Authority is studying a 14-km rail spur to the Kessary container terminal.\n\nThe spur would cost about $40 million.');
  assert.equal(roleOf(x, 'railway', 'Tarvin Harbour Authority'), 'developer', JSON.stringify(x.projects));
});

test('"A is building it for the B": A is the contractor and the works are B\'s', () => {
  const x = run('In Tarvin, the $80 million extension of the fishing wharf is about half complete; Ostrand Marine Works Ltd is building it for the Tarvin Harbour Authority (THA), and most of the bill is covered by a loan from the Nordic Infrastructure Fund.');
  assert.equal(roleOf(x, 'port', 'Ostrand Marine Works Ltd'), 'contractor', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'port', 'Tarvin Harbour Authority'), 'owner', JSON.stringify(x.projects));
});

test('a public body only commenting on works keeps no part', () => {
  const x = run('Ardlow Power LLC is building a 50 MW solar plant near Tarvin. The Velmora Energy Regulatory Authority said it had approved the plant\'s licence.');
  assert.notEqual(roleOf(x, 'solar_power_plant', 'Velmora Energy Regulatory Authority'), 'developer', JSON.stringify(x.projects));
});
