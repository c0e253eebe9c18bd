// Checks Promise.all: result order follows input order, and the first rejection wins.
const delay = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
Promise.all([delay(30, 'slow'), delay(10, 'fast'), 'plain', Promise.resolve('resolved')])
  .then((vals) => console.log('all:', vals));
Promise.all([delay(20, 'a'), Promise.reject(new Error('boom')), delay(5, 'b')])
  .then(() => console.log('unexpected'), (e) => console.log('all rejected:', e.message));
Promise.all([]).then((v) => console.log('empty all:', v));
