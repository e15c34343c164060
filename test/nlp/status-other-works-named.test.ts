import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences. A sentence right after works were named that goes on without a facility word speaks of them,
// and a stop said there is theirs; but not when it names other works the article told of by a word of their own
// ("the cement project" after a road was named, in an article about a cement plant): that stop is the other works'.

const statuses = (text: string) => Object.fromEntries(run(text).projects.map((p) => [p.type, p.status]));

test("a stop said of 'the cement project' right after a road is not the road's", () => {
  const s = statuses('Dorsk Builders has suspended work on the cement plant it is building near Osk.\n\n'
    + "The dispute does not affect Dorsk's other contract, a 40-kilometre road from Tarvin to Brill, where paving continues. "
    + 'But the cement project had already shrunk once: a second grinding unit, which would have doubled output, was dropped last year.');
  assert.equal(s.road, 'construction');
  assert.equal(s.manufacturing_plant, 'cancelled');
});

test("'the copper project' after a railway line was named leaves the railway's status", () => {
  const s = statuses('Marlow Mining suspended its copper smelter at Dunmore in May.\n\n'
    + 'Its rail unit is still laying track on a 60-km railway from Dunmore to the port of Osk. The copper project, by contrast, was halted after a court ruling.');
  assert.equal(s.railway, 'construction');
});

test('counter-case: a stop said of the works themselves in the next sentence still cancels them', () => {
  const s = statuses('Velmora Petroleum had proposed a hydrogen plant at Tarvin, using gas and carbon capture. The unit was dropped last year during a review of spending.');
  assert.equal(s.petrochemical_plant, 'cancelled');
});

test("counter-case: 'the solar project' said of the solar plant just named is still its own", () => {
  const s = statuses('Velmora Power had planned a 300 MW solar plant at Osk, near Tarvin. The solar project was abandoned last year after the council refused a permit.');
  assert.equal(s.solar_power_plant, 'cancelled');
});
