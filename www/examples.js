// The playground's examples: small programs from the story of how Node's event loop works.
export const examples = [
  {
    name: 'Event-loop order',
    code: `// Synchronous code first, then process.nextTick, then promise jobs,
// then the loop's phases: timers, then check (setImmediate).
console.log('1: script');
setTimeout(() => console.log('5: timeout'), 0);
setImmediate(() => console.log('6: immediate'));
Promise.resolve().then(() => console.log('4: promise'));
process.nextTick(() => console.log('3: nextTick'));
console.log('2: script end');
`,
  },
  {
    name: 'Timers vs immediates',
    code: `// Inside a timer callback, setImmediate (check phase) always runs before
// a new setTimeout(0) (next loop iteration's timers phase).
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
}, 0);

// Timers fire in order of expiry; intervals repeat until cleared.
let n = 0;
const t = setInterval(() => {
  console.log('tick', ++n);
  if (n === 3) clearInterval(t);
}, 10);
setTimeout(() => console.log('after 50 ms'), 50);
`,
  },
  {
    name: 'fs callbacks and the thread pool',
    code: `// fs work runs on libuv's thread pool; its callback runs in the poll phase,
// after this script, its nextTicks and its promise jobs.
const fs = require('fs');
fs.writeFileSync('notes.txt', 'hello from the VFS');
fs.readFile('notes.txt', 'utf8', (err, text) => {
  console.log('3: readFile callback (poll phase):', err ? err.code : text);
  // Inside an I/O callback, setImmediate always beats setTimeout(0).
  setTimeout(() => console.log('5: timeout'), 0);
  setImmediate(() => console.log('4: immediate'));
});
process.nextTick(() => console.log('2: nextTick'));
console.log('1: script; pool size', process.env.UV_THREADPOOL_SIZE || 4);
`,
  },
];
