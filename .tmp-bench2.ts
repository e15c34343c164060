import { readFileSync } from 'node:fs';
import { foldPlaceName } from './src/nlp/gazetteer.js';
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const text = readFileSync('data/places/cities.tsv', 'utf8');
const names: string[] = [];
for (const l of text.split('\n')) { if (!l || l[0] === '#') continue; const t1 = l.indexOf('\t'); const t2 = l.indexOf('\t', t1 + 1); names.push(l.slice(t1 + 1, t2)); }
const simple = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
let c = cpu(); let k = 0; for (const n of names) if (simple.test(n)) k++; console.log('simple test', k, names.length, (cpu() - c).toFixed(1));
c = cpu(); for (const n of names) n.toLowerCase(); console.log('lower', (cpu() - c).toFixed(1));
c = cpu(); for (const n of names) foldPlaceName(n); console.log('fold', (cpu() - c).toFixed(1));
c = cpu(); for (const n of names) foldPlaceName(n); console.log('fold2', (cpu() - c).toFixed(1));
c = cpu(); const m = new Map(); for (const n of names) m.set(n, 1); console.log('map', (cpu() - c).toFixed(1));
