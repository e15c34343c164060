import { readFileSync } from 'node:fs';
import { foldPlaceName, foldPlaceNameReference } from './src/nlp/gazetteer.js';
const names: string[] = [];
for (const f of ['cities','regions','countries','macro-regions','aliases','ambiguous']) for (const l of readFileSync(`data/places/${f}.tsv`,'utf8').split('\n')) { if (!l || l[0]==='#') continue; const r = l.split('\t'); for (const x of [r[0], r[1], ...(r[2]??'').split('|'), ...(r[3]??'').split('|')]) if (x) names.push(x); }
names.push('Ust–Kamenogorsk', 'Côte d’Ivoire', 'U.S.', 'St. Petersburg', 'Trinidad & Tobago', 'Ṣan‘ā’', 'İzmir', 'Łódź', 'Ærøskøbing', 'Hà Nội', 'Oʻzbekiston', '東京', 'Москва', 'the Hague', ' The  Gulf ');
let bad = 0;
for (const n of names) { const a = foldPlaceName(n), b = foldPlaceNameReference(n); if (a !== b) { if (bad++ < 20) console.log(JSON.stringify(n), JSON.stringify(a), JSON.stringify(b)); } }
console.log('checked', names.length, 'mismatches', bad);
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
let c = cpu(); names.map(foldPlaceName); console.log('fold cpu', (cpu() - c).toFixed(0));
c = cpu(); names.map(foldPlaceName); console.log('fold cpu warm', (cpu() - c).toFixed(0));
c = cpu(); names.map(foldPlaceNameReference); console.log('ref cpu', (cpu() - c).toFixed(0));
