// Checks that a Timeout converts to a numeric id via Symbol.toPrimitive and can be cleared by that number.
const t = setTimeout(() => console.log('should not run'), 10);
const id = +t;
console.log('typeof id:', typeof id, 'integer:', Number.isInteger(id), 'positive:', id > 0);
console.log('has toPrimitive:', typeof t[Symbol.toPrimitive]);
console.log('`${t}` === String(id):', `${t}` === String(id));
clearTimeout(id);
const iv = setInterval(() => console.log('interval should not run'), 5);
clearInterval(+iv);
const t2 = setTimeout(() => console.log('t2 runs: cleared with a wrong id'), 15);
clearTimeout(+t2 + 1000);
setTimeout(() => console.log('done'), 100);
