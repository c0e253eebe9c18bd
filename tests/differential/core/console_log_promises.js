// Checks console.log of pending, fulfilled and rejected promises.
console.log(Promise.resolve(1));
console.log(new Promise(() => {}));
const r = Promise.reject(42);
r.catch(() => {});
console.log(r);
console.log(Promise.resolve({ a: [1] }));
(async () => {})().then(() => {});
console.log((async () => 'x')());
