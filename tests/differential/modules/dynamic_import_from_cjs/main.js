// import() from CommonJS, of an ES module and of a CommonJS file
(async () => {
  const esm = await import('./e.mjs');
  console.log(esm.default, esm.named);
  const cjs = await import('./c.cjs');
  console.log(cjs.default.v, cjs.v);
})();
console.log('sync');
