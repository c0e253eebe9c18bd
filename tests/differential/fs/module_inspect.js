// What inspecting the fs module shows: no internal symbol keys on its functions, and the
// anonymous arrow functions realpath.native / realpathSync.native are.
const fs = require('fs');
const util = require('util');
for (const name of ['realpath', 'realpathSync', 'mkdtempSync', 'rmSync', 'mkdtemp', 'rm']) {
  console.log(name, util.inspect(fs[name]));
}
for (const fn of [fs.realpath.native, fs.realpathSync.native]) {
  console.log(JSON.stringify(fn.name), fn.length, Object.prototype.hasOwnProperty.call(fn, 'prototype'));
}
console.log(Object.getOwnPropertySymbols(fs.mkdtempSync).filter((s) => fs.mkdtempSync.propertyIsEnumerable(s)).length);
console.log(util.inspect(fs));
