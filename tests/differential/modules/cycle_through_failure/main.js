// Cycles through a module that throws: the ES module graph stays failed with the same error on
// every later import (nothing evaluates twice); CommonJS drops the failed modules from the cache,
// so a later require runs them again.
(async () => {
  for (let i = 0; i < 2; i++) {
    try {
      await import('./a.mjs');
    } catch (e) {
      console.log('import', i, e.name, e.message);
    }
  }
  const first = await import('./b.mjs').catch((e) => e);
  const second = await import('./b.mjs').catch((e) => e);
  console.log('same error object:', first === second);
  for (let i = 0; i < 2; i++) {
    try {
      require('./x.js');
    } catch (e) {
      console.log('require', i, e.name, e.message);
    }
  }
  console.log('cached:', Object.keys(require.cache).map((k) => require('path').basename(k)).sort().join(','));
})();
