// import() from ESM
const m = await import('./x.mjs');
console.log(m.x, m === await import('./x.mjs'));
const p = await import('node:path');
console.log(typeof p.join, p.default === p.default);
