// fs.exists with a path that cannot be checked (wrong type, a NUL byte, a non-file URL) calls
// back with false at once, inside the call; a real check calls back from the loop. It goes
// through the module's access, so a replaced access sees the call.
const fs = require('fs');
const log = [];
const realAccess = fs.access;
fs.access = function (...args) {
  log.push(`access(${typeof args[0]})`);
  return realAccess.apply(this, args);
};
const probe = (label, p) => {
  log.push(`call ${label}`);
  fs.exists(p, (found) => log.push(`${label}: ${found}`));
  log.push(`back ${label}`);
};
probe('number', 42);
probe('object', {});
probe('nul', 'a\0b');
probe('https url', new URL('https://example.com/x'));
probe('this file', __filename);
process.nextTick(() => log.push('tick'));
process.on('exit', () => {
  fs.access = realAccess;
  console.log(log.join('\n'));
});
