// The SystemErrors of rm (a directory without recursive) and cp (src and dest the same): rm's
// comes from a check Node wraps in hideStackFrames, so its constructor reads as SystemError
// (cp's as NodeError); both inspect with their getters' values shown.
const fs = require('fs');
const util = require('util');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-system-error-shape-');
const r = (s) => String(s).split(d).join('<tmp>');
const describe = (label, e) => {
  const chain = [];
  for (let p = Object.getPrototypeOf(e); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    chain.push(p.constructor.name);
  }
  console.log(label, e.constructor.name, chain.join(' > '), e instanceof Error, e.name, e.code);
  const shown = util.inspect(e).split('\n').filter((line) => !/^\s+at /.test(line));
  console.log(r(shown.join('\n')));
};
fs.mkdirSync(d + '/sub');
try {
  fs.rmSync(d + '/sub');
} catch (e) {
  describe('rmSync', e);
}
try {
  fs.cpSync(d, d);
} catch (e) {
  describe('cpSync', e);
}
fs.rm(d + '/sub', (e) => {
  describe('rm', e);
  fs.promises.rm(d + '/sub').catch((e2) => {
    describe('promises.rm', e2);
    fs.rmSync(d, { recursive: true, force: true });
  });
});
