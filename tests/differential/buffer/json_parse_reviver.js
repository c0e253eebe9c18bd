// Buffer round-trips through JSON with a reviver
const obj = { a: Buffer.from('hey'), list: [Buffer.from([1])] };
const text = JSON.stringify(obj);
console.log(text);
const back = JSON.parse(text, (k, v) => (v && v.type === 'Buffer' ? Buffer.from(v.data) : v));
console.log(back.a.toString(), back.list[0], Buffer.isBuffer(back.a));
