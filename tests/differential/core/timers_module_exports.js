// Checks require('timers') and require('node:timers') exports and that they equal the globals.
const timers = require('timers');
const nodeTimers = require('node:timers');
console.log('same module:', timers === nodeTimers);
for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
  console.log(name, typeof timers[name], timers[name] === globalThis[name]);
}
console.log('promises:', typeof timers.promises, timers.promises === require('timers/promises'));
timers.setTimeout((x) => console.log('timers.setTimeout works', x), 1, 'arg');
