// os host facts have the right types (values vary by machine).
const os = require('os');
console.log(typeof os.release(), os.release().length > 0, typeof os.version(), typeof os.hostname(), os.hostname().length > 0);
console.log(typeof os.uptime(), os.uptime() > 0, Number.isInteger(os.totalmem()), Number.isInteger(os.freemem()));
console.log(os.totalmem() > 0, os.freemem() > 0, os.freemem() <= os.totalmem());
const l = os.loadavg();
console.log(Array.isArray(l), l.length, l.every((n) => typeof n === 'number' && n >= 0));
