// A require chain deeper than the stack allows fails with a catchable RangeError, the failed
// modules leave require.cache, and a shallower chain still loads afterwards.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deep-chain-'));
function chain(prefix, depth) {
  for (let i = 0; i < depth; i++) {
    const body = i < depth - 1 ? `module.exports = require('./${prefix}${i + 1}.js') + 1;` : 'module.exports = 0;';
    fs.writeFileSync(path.join(dir, `${prefix}${i}.js`), body);
  }
  return path.join(dir, `${prefix}0.js`);
}

const deep = chain('d', 1200);
const before = Object.keys(require.cache).length;
try {
  require(deep);
  console.log('loaded?');
} catch (e) {
  console.log(e instanceof RangeError, e.name, e.message);
}
console.log('cache unchanged:', Object.keys(require.cache).length === before);
console.log('shallow chain:', require(chain('s', 100)));
console.log('shallow again (cached):', require(path.join(dir, 's0.js')));
fs.rmSync(dir, { recursive: true });
