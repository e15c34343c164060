const t0 = performance.now();
const { loadGazetteer, gazetteerStats } = await import('./gazetteer.js');
const t1 = performance.now();
const c0 = process.cpuUsage();
loadGazetteer();
const c = process.cpuUsage(c0);
console.log('import', (t1 - t0).toFixed(0), 'load wall', gazetteerStats().loadMs.toFixed(0), 'cpu', ((c.user + c.system) / 1000).toFixed(0));
