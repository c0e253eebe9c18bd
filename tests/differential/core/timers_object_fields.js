// Timeout and Immediate objects: own properties in Node's order, the setters' lengths, the
// _destroyed/hasRef state before, during and after a run, clear*, delay coercion and errors.
const im = setImmediate(function (a, b) {
  console.log('immediate run', this === im, a, b, im._destroyed, im.hasRef());
  const t = setTimeout(function () {
    console.log('timeout run', this === t, t._destroyed, t.hasRef());
    setImmediate(() => console.log('after timeout', t._destroyed, t.hasRef(), typeof t._onTimeout));
  }, 1);
  console.log('timeout keys', Object.keys(t).join());
}, 'x', 'y');
console.log('immediate keys', Object.keys(im).join(), im._destroyed, im.hasRef(), im._argv);
console.log('lengths', setTimeout.length, setInterval.length, setImmediate.length);
console.log('names', setTimeout.name, setInterval.name, setImmediate.name);

const cleared = setImmediate(() => console.log('never'));
clearImmediate(cleared);
console.log('cleared immediate', cleared._destroyed, cleared.hasRef(), cleared._onImmediate);
const un = setImmediate(() => console.log('unref immediate still runs while the loop lives'));
un.unref();
console.log('unref', un.hasRef(), un.ref().hasRef());

const ct = setTimeout(() => console.log('never'), 5);
clearTimeout(ct);
console.log('cleared timeout', ct._destroyed, ct._onTimeout);

for (const after of [-5, 0, '12', 1.5, NaN, undefined, { valueOf() { console.log('valueOf'); return 7; } }]) {
  const t = setTimeout(() => {}, after);
  console.log('after', String(after), t._idleTimeout, t._repeat);
  clearTimeout(t);
}
const iv = setInterval(() => {}, 3);
console.log('interval', iv._idleTimeout, iv._repeat, iv._destroyed);
clearInterval(iv);

for (const f of [setTimeout, setInterval, setImmediate]) {
  for (const bad of [undefined, null, 'str', 42, {}]) {
    try {
      f(bad);
    } catch (e) {
      console.log(f.name, e.name, e.code, e.message);
    }
  }
}
