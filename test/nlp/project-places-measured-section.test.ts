// "... in financing the widening of a 96-kilometre section between Lovech and Pleven": right after a road or line was
// named, a sentence that names no works but a measured section with its ends speaks of a stretch of those works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

function placesOf(text: string, type: string): string[] {
  const x = run(text);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects));
  return p.places;
}

test('a measured section with its ends, right after a road or railway, gives the works those ends', () => {
  const a = placesOf('The Orvane Fund approved two loans on Tuesday.\n\nVelmora – National Road 7 upgrade (US$60 million). The fund joins the Kessary Bank in financing the widening and sealing of a 96-kilometre section between Lovech and Pleven.', 'road');
  assert.deepEqual([...a].sort(), ['Lovech', 'Pleven']);
  const b = placesOf('Selvo Rail has won a $90 million contract to rebuild the northern railway. The deal covers a 40-km stretch from Pleven to Lovech.', 'railway');
  assert.deepEqual([...b].sort(), ['Lovech', 'Pleven']);
});

test('a measured section says nothing of works that are no line, nor of works of another paragraph', () => {
  // (a plant has no sections with ends: the road section is other works)
  const a = placesOf('Quillon Power will build a 200 MW solar plant near Varna. The ministry is also financing a 40-km section between Lovech and Pleven.', 'solar_power_plant');
  assert.deepEqual(a, ['Varna']);
  // (no length before the section word: "the section between" is the definite reference the engine already reads)
  const b = placesOf('Selvo Rail has won a $90 million contract to rebuild the northern railway.\n\nSeparately, the council said it had no money.\n\nOfficials said a 40-km section between Lovech and Pleven of a canal was silted up.', 'railway');
  assert.ok(!b.includes('Lovech'), JSON.stringify(b));
});
