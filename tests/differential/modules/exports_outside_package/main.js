// "exports" targets that point outside the package are refused with Node's errors, by
// require and by import, and a good subpath still loads afterwards.
const tries = ['pkg/up', 'pkg/abs', 'pkg/nm', 'pkg/bare', 'pkg/dots/secret', 'pkg'];

function show(how, spec, e) {
  console.log(how, spec, e.code, e.message.split('\n')[0].replace(__dirname, '<dir>'));
}

(async () => {
  for (const spec of tries) {
    try {
      console.log('require', spec, '->', require(spec));
    } catch (e) {
      show('require', spec, e);
    }
  }
  for (const spec of tries) {
    try {
      const ns = await import(spec);
      console.log('import', spec, '->', ns.default);
    } catch (e) {
      show('import', spec, e);
    }
  }
})();
