// Checks that timer numeric ids are distinct increasing integers shared by timeouts and intervals, and immediates have none.
const a = setTimeout(() => {}, 1);
const b = setInterval(() => {}, 1);
const c = setTimeout(() => {}, 1);
console.log('increasing:', +a < +b && +b < +c);
clearInterval(b);
const im = setImmediate(() => {});
console.log('immediate toPrimitive:', typeof im[Symbol.toPrimitive]);
console.log('immediate converts to NaN:', Number.isNaN(Number(im)));
