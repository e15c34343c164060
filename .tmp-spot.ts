import { loadGazetteer } from './src/nlp/gazetteer.js';
const g = loadGazetteer();
for (const q of process.argv.slice(2)) {
  const r = g.lookup(q);
  console.log(q.padEnd(18), r.slice(0,3).map(e => `${e.kind}:${e.name}/${e.country}/${e.admin1 ?? ''}${e.ambiguous?'*':''}${e.population?':'+e.population:''}`).join('  '), r.length > 3 ? `(+${r.length-3})` : '');
}
