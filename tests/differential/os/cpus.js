// os.cpus(): one entry per CPU with model, speed and times; count matches availableParallelism.
const os = require('os');
const cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length > 0, cpus.length === os.availableParallelism());
const c = cpus[0];
console.log(Object.keys(c), typeof c.model, typeof c.speed, Object.keys(c.times));
console.log(Object.values(c.times).every((n) => Number.isInteger(n) && n >= 0));
console.log(Number.isInteger(os.availableParallelism()), os.availableParallelism() >= 1);
