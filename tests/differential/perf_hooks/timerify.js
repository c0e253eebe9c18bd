// performance.timerify wraps a function, keeping its result, this, length and construct behaviour.
function add(a, b) { return a + b; }
const t = performance.timerify(add);
console.log(t(2, 3), t.name, t.length, t === performance.timerify(add));
class K { constructor(v) { this.v = v; } }
const TK = performance.timerify(K);
const k = new TK(9);
console.log(k.v, k instanceof K);
const obj = { n: 4, get(x) { return this.n * x; } };
obj.timed = performance.timerify(obj.get);
console.log(obj.timed(2));
