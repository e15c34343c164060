// Places a project's sentence names that are not where the works stand: the town where officials met to talk about
// the works, and the far end of a line's possible extension beyond the ends the text already gave it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

function placesOf(text: string, type: string): string[] {
  const x = run(text);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects));
  return p.places;
}

test('the town where officials met to discuss the works is a venue, not the works\' place', () => {
  const a = placesOf('Orvane Water will build a $60 million treatment plant near Lovech. On Monday the lender\'s country director, Halvard Strene, met the environment minister, Ilsa Varro, in Shumen to discuss the plant.', 'water_supply');
  assert.ok(!a.includes('Shumen'), JSON.stringify(a));
  assert.ok(a.includes('Lovech'), JSON.stringify(a));
  const b = placesOf('Selvo Rail plans a 40-km railway between Pleven and Yambol. Its chief executive met investors in Varna on Friday to present the railway.', 'railway');
  assert.ok(!b.includes('Varna'), JSON.stringify(b));
  assert.deepEqual([...b].sort(), ['Pleven', 'Yambol']);
});

test('a meeting verb after the works\' mention or in another clause does not make their place a venue', () => {
  // (the works come between the verb and the place: the place is theirs)
  const a = placesOf('The minister met investors to discuss a 50 MW solar plant in Lovech.', 'solar_power_plant');
  assert.deepEqual(a, ['Lovech']);
  // ("met" as meeting a target is no meeting, but the place here still follows the works)
  const b = placesOf('Orvane Water said its desalination plant in Shumen met its output target in March.', 'water_supply');
  assert.deepEqual(b, ['Shumen']);
});

test('the far end of a line\'s possible extension is not the line\'s place', () => {
  const a = placesOf('Work has started on the 180-km railway from Pleven to Yambol. The minister also spoke of extending the railway from Yambol to Haskovo, a plan with no lender yet.', 'railway');
  assert.deepEqual([...a].sort(), ['Pleven', 'Yambol']);
  const b = placesOf('Selvo Rail is building a 95-km railway between Varna and Lovech. Beyond Lovech, a further 60 km would take the line to Shumen on the border.', 'railway');
  assert.deepEqual([...b].sort(), ['Lovech', 'Varna']);
  const c = placesOf('Fenlow Gas operates a 300-km pipeline from Pleven to Yambol and wants to extend the pipeline to Haskovo by 2030.', 'pipeline');
  assert.ok(!c.includes('Haskovo'), JSON.stringify(c));
});

test('a line that is itself the extension keeps the ends it is given', () => {
  // (the works are the extension: their first ends are their own)
  const a = placesOf('The government has approved a 120-km extension of the railway from Pleven to Yambol.', 'railway');
  assert.deepEqual([...a].sort(), ['Pleven', 'Yambol']);
  // (a further station on a line with only one known end is still the line's)
  const b = placesOf('Selvo Rail is building a railway from Pleven. A further 60 km will take the railway to Montana.', 'railway');
  assert.ok(b.includes('Montana'), JSON.stringify(b));
});

test('a sentence that goes on about the works at a named site gives the works that site and the places it lies in', () => {
  // (no facility word of the works in the second sentence: "the Vidin site" is where the works under discussion stand)
  const a = placesOf('A $2 billion nickel plant began producing in Indonesia on Monday. The first of three autoclave lines at the Vidin site in Pleven province has started making nickel salts.', 'manufacturing_plant');
  assert.ok(a.includes('Pleven province') || a.includes('Pleven'), JSON.stringify(a));
  const b = placesOf('Orvane Chemicals is building a $400 million urea complex, its first abroad. Concrete is being poured for the ammonia unit, eight months after a ceremony at the site near Lovech.', 'fertilizer_plant');
  assert.ok(b.includes('Lovech'), JSON.stringify(b));
});

test('a named site of other works, or a site in another paragraph, is not taken', () => {
  // (the sentence names other works: the site is theirs)
  const x = run('Orvane Chemicals is building a $400 million urea complex near Lovech.\n\nSeparately, Fenlow Gas will build a 300-km pipeline to the Shumen site of a steel mill.');
  const p = x.projects.find((q) => q.type === 'fertilizer_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(!p.places.includes('Shumen'), JSON.stringify(p.places));
  // (a site the visit passed, with no works under discussion nearby)
  const y = run('Orvane Chemicals is building a $400 million urea complex near Lovech.\n\nThe weather was mild.\n\nIn other news, tourists crowded the Shumen site of an old fortress at the weekend.');
  const q = y.projects.find((r) => r.type === 'fertilizer_plant');
  assert.ok(q && !q.places.includes('Shumen'), JSON.stringify(y.projects));
});
