// Checks that Node's common globals exist with the right types.
const names = [
  'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate',
  'queueMicrotask', 'structuredClone', 'process', 'console', 'globalThis', 'global', 'require',
  'module', 'exports', '__filename', '__dirname', 'Buffer', 'URL', 'TextEncoder', 'AbortController',
];
for (const n of names) {
  let t;
  try { t = typeof eval(n); } catch (e) { t = 'missing'; }
  console.log(n, t);
}
console.log('global === globalThis:', global === globalThis);
console.log('__filename basename:', require('path').basename(__filename));
console.log('this === module.exports:', this === module.exports);
