import { readFileSync } from 'node:fs';
import { foldPlaceName } from './src/nlp/gazetteer.js';
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
let c = cpu();
const text = readFileSync('data/places/cities.tsv', 'utf8');
const lines = text.split('\n');
console.log('read+split cpu', (cpu() - c).toFixed(0)); c = cpu();
const names: string[] = [];
for (const l of lines) { if (!l || l[0] === '#') continue; const t1 = l.indexOf('\t'); const t2 = l.indexOf('\t', t1 + 1); names.push(l.slice(t1 + 1, t2)); const t3 = l.indexOf('\t', t2 + 1); if (t3 > t2 + 1) names.push(...l.slice(t2 + 1, t3).split('|')); }
console.log('extract cpu', (cpu() - c).toFixed(0), names.length); c = cpu();
const keys = names.map(foldPlaceName);
console.log('fold cpu', (cpu() - c).toFixed(0)); c = cpu();
const m = new Map<string, number>();
keys.forEach((k, i) => m.set(k, i));
console.log('map cpu', (cpu() - c).toFixed(0)); c = cpu();
for (let r = 0; r < 5; r++) names.map(foldPlaceName);
console.log('fold x5 warm cpu', (cpu() - c).toFixed(0));
