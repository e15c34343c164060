import { loadGazetteer, gazetteerStats } from './src/nlp/gazetteer.js';
const c0 = process.cpuUsage();
loadGazetteer();
const c = process.cpuUsage(c0);
console.log('wall', gazetteerStats().loadMs.toFixed(0), 'cpu', ((c.user + c.system) / 1000).toFixed(0));
