// Checks process.memoryUsage() field types and process.uptime()/cpuUsage() types.
const m = process.memoryUsage();
console.log('heapUsed:', typeof m.heapUsed, 'rss:', typeof m.rss, 'heapTotal:', typeof m.heapTotal);
console.log('rss fn:', typeof process.memoryUsage.rss, typeof process.memoryUsage.rss());
console.log('uptime:', typeof process.uptime(), process.uptime() >= 0);
const cpu = process.cpuUsage();
console.log('cpu:', typeof cpu.user, typeof cpu.system);
