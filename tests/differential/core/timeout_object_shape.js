// Checks the Timeout object shape returned by setTimeout/setInterval.
const t = setTimeout(() => {}, 1);
const iv = setInterval(() => {}, 1000);
console.log('constructor:', t.constructor.name, iv.constructor.name);
console.log('typeof:', typeof t);
for (const m of ['ref', 'unref', 'hasRef', 'refresh', 'close']) console.log(m, typeof t[m]);
console.log('_onTimeout is function:', typeof t._onTimeout);
console.log('_repeat:', t._repeat, iv._repeat);
console.log('_idleTimeout:', t._idleTimeout, iv._idleTimeout);
clearInterval(iv);
