const { loadGazetteer, gazetteerStats } = await import('./gazetteer.js');
const c0 = process.cpuUsage(); loadGazetteer(); const c = process.cpuUsage(c0);
console.log('load wall', gazetteerStats().loadMs.toFixed(0), 'cpu', ((c.user + c.system) / 1000).toFixed(0));
