// Checks the microtask turns taken by an async function returning a promise vs a plain value.
async function plain() { return 1; }
async function returnsPromise() { return Promise.resolve(2); }
async function awaitsPromise() { return await Promise.resolve(3); }
returnsPromise().then((v) => console.log('returnsPromise', v));
awaitsPromise().then((v) => console.log('awaitsPromise', v));
plain().then((v) => console.log('plain', v));
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3')).then(() => console.log('t4'));
