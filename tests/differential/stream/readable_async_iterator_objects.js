// Checks for await over an objectMode Readable with pushes spread over timers.
const { Readable } = require('stream');
const r = new Readable({ objectMode: true, read() {} });
let n = 0;
const t = setInterval(() => {
  n++;
  r.push({ n });
  if (n === 3) { clearInterval(t); r.push(null); }
}, 1);
(async () => {
  for await (const o of r) console.log('got', o.n);
  console.log('done', r.destroyed);
})();
