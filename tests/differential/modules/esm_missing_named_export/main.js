// A missing named export fails the link with Node's SyntaxError text: for an ES module, a
// CommonJS module (with the default-import hint), a built-in, a re-exported name, and through
// require() of an ES module. Nothing of the failing graph runs.
async function attempt(specifier) {
  try {
    await import(specifier);
    console.log(specifier, 'loaded');
  } catch (e) {
    console.log(specifier, e.name, JSON.stringify(e.message));
  }
}

(async () => {
  await attempt('./esm_target.mjs');
  await attempt('./cjs_target.mjs');
  await attempt('./builtin_target.mjs');
  await attempt('./star_target.mjs');
  await attempt('./aliased.mjs');
  await attempt('./fine.mjs');
  try {
    require('./esm_target.mjs');
  } catch (e) {
    console.log('require', e.name, JSON.stringify(e.message));
  }
  console.log('ran:', globalThis.ranSideEffects || 0);
})();
