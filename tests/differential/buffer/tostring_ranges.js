// toString(encoding, start, end) clamping and coercion
const b = Buffer.from('hello world');
const args = [[], ['utf8'], ['utf8', 6], ['utf8', 0, 5], ['utf8', -5], ['utf8', 3, 100], ['utf8', 20], ['utf8', 5, 3],
  ['hex', 0, 2], ['utf8', '2', '4'], ['utf8', 1.5, 3.5], ['utf8', NaN, NaN], ['utf8', undefined, 3], [undefined, 2], ['utf8', null, 4], ['utf8', 2, null]];
for (const a of args) {
  console.log(JSON.stringify(a), JSON.stringify(b.toString(...a)));
}
console.log(String(b), `${b}`, b + '');
console.log(Buffer.from('€').toString('utf8', 1));
