import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented stories told in order: papers signed first, then the works went ahead. An agreement comes before building
// and running, so a later statement of fact that the works began or opened is where the project stands. Plans,
// deliveries still to come and quotes do not move it.

const statusOf = (text: string, type: string) => {
  const x = run(text, '2026-05-04');
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects.map((q) => [q.name, q.type])));
  return p.status;
};

test('a contract signed, then construction began: under construction', () => {
  assert.equal(statusOf('Torvik Construction signed a contract in January to build a 90 km road from Balti to Kervo. Construction began in March and is due to end next year.', 'road'), 'construction');
  assert.equal(statusOf('Orlen Grid and the city of Marvik signed an agreement on a 40 MW battery last autumn. The battery is now under construction near the old coal yard.', 'energy_storage'), 'construction');
});

test('work on the site started, with words between the noun and its verb: under construction', () => {
  assert.equal(statusOf('Halvren Energy and the government of Ghana signed an agreement for a 300 MW solar park in Tamale. Work on the site started this spring, the company said.', 'solar_power_plant'), 'construction');
  assert.equal(statusOf('Kessel Rail won a contract for a 60 km tram line in Almaty. Construction of the first depot of the line commenced in April.', 'railway'), 'construction');
});

test('a deal, then the plant opened: operating', () => {
  assert.equal(statusOf('Brava Foods signed a deal with Ostrel Bank in 2025 to finance a flour mill in Tarvena. The mill was inaugurated on Monday by the governor.', 'agricultural_facility'), 'operating');
});

test('what is still to come stays agreed', () => {
  assert.equal(statusOf('A contract for twenty diesel locomotives was signed between Tarvin Rail and Kessel Works. The locomotives will be delivered in three batches next year.', 'rolling_stock'), 'agreed');
  assert.equal(statusOf('Halvren Energy signed a contract for a 300 MW solar park in Tamale. Construction of the park will begin next year.', 'solar_power_plant'), 'agreed');
});

test('a quote that speaks of building is no statement of the stage', () => {
  assert.equal(statusOf('In June, Tarvin Port signed a construction contract with Kessel Engineering to expand the Tarvin container terminal. "We are not building for today, we are building for 2030," says Amar Lee, director of the port.', 'port'), 'agreed');
});

test('history of building does not undo a plant that runs', () => {
  assert.equal(statusOf('The 200 MW Osk wind farm was commissioned on Friday by Dara Power. Construction began in 2024 after a loan was signed.', 'wind_power_plant'), 'operating');
});

test('paperwork completed or commissioned is a step of preparation, not the stage of the works', () => {
  assert.equal(statusOf('Halvren Energy signed a deal for a 300 MW solar plant in Tarvin. The feasibility study was completed in May.', 'solar_power_plant'), 'agreed');
  assert.equal(statusOf('The ministry signed a loan for the rebuilding of the Osk railway. No new study had been commissioned, the minister added.', 'railway'), 'agreed');
});
