// Checks clearTimeout/clearInterval accept undefined, null, strings and objects without throwing.
for (const v of [undefined, null, 'abc', {}, 123456, -1, NaN]) {
  clearTimeout(v);
  clearInterval(v);
}
const t = setTimeout(() => console.log('never: clearInterval also cancels a timeout'), 5);
clearInterval(t);
const iv = setInterval(() => console.log('never'), 5);
clearTimeout(iv);
console.log('no throw');
setTimeout(() => console.log('end'), 20);
