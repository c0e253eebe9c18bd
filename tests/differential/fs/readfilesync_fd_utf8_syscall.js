// readFileSync of a descriptor that is not open: the utf8 forms ('utf8', 'utf-8', { encoding })
// fail EBADF naming read (Node's utf8 fast path), the others naming fstat
const fs = require('fs');
for (const o of [undefined, 'utf8', 'utf-8', 'UTF8', 'latin1', { encoding: 'utf8' }, { encoding: 'utf-8', flag: 'r' }, 'buffer']) {
  try {
    fs.readFileSync(1234, o);
  } catch (e) {
    console.log(JSON.stringify(o), e.code, e.syscall, e.message);
  }
}
