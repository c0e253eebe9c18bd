// assert differential: export order and function names/lengths of assert and url
const assert = require('assert');
console.log(Object.keys(assert).join());
console.log(Object.keys(assert.strict).join());
console.log(assert.strict.name, assert.name, assert.ok.name, assert.strict.ok === assert.ok, assert.throws.length, assert.rejects.length, assert.ok.length, assert.length);
console.log(Object.keys(require('url')).join());
