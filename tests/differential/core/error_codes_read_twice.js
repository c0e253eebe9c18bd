// The same Node error thrown from the same place several times: each throw builds its error from
// the code's class again (internal/errors makes a class on its first use, and the read site must
// keep finding it), and the perf_hooks classes are globals.
const util = require('util');
const { Readable } = require('stream');

const tries = {
  'util.inspect options': () => util.inspect({}, 5, 5, 5),
  'util.formatWithOptions': () => util.formatWithOptions(1, 'x'),
  'new console.Console (stdout)': () => new console.Console({ stdout: 1 }),
  'new console.Console (colorMode)': () => new console.Console({ stdout: process.stdout, colorMode: 'x' }),
  'new PerformanceEntry': () => new PerformanceEntry(),
  'Readable highWaterMark': () => new Readable({ highWaterMark: -1 }),
  'stream.pipeline()': () => require('stream').pipeline(),
};
for (const [name, fn] of Object.entries(tries)) {
  const seen = [];
  for (let i = 0; i < 3; i++) {
    try {
      fn();
      seen.push('ok');
    } catch (e) {
      seen.push(`${e.name} ${e.code}`);
    }
  }
  console.log(`${name}: ${seen.join(' | ')}`);
}

for (const name of ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
  'PerformanceObserver', 'PerformanceObserverEntryList', 'performance']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof globalThis[name], d.enumerable, d.configurable);
}
console.log(performance instanceof Performance, typeof PerformanceObserver.supportedEntryTypes);
