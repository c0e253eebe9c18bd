// a file URL path that cannot be a path (a host, an encoded '/') throws at the call in the
// callback forms whose work is deferred (readFile, writeFile, appendFile), as for any other
// path; the promise forms reject (fs.promises.readFile rejects a bad encoding too)
const fs = require('fs');
(async () => {
  for (const u of [new URL('file://host/x'), new URL('file:///tmp/a%2Fb'), new URL('http://x/y')]) {
    for (const [name, call] of [
      ['readFile', (cb) => fs.readFile(u, cb)],
      ['writeFile', (cb) => fs.writeFile(u, 'x', cb)],
      ['appendFile', (cb) => fs.appendFile(u, 'x', cb)],
      ['stat', (cb) => fs.stat(u, cb)],
    ]) {
      await new Promise((res) => {
        try {
          call((e) => {
            console.log(name, u.href, 'callback', e && e.code);
            res();
          });
        } catch (e) {
          console.log(name, u.href, 'threw', e.name, e.code, e.message);
          res();
        }
      });
      await fs.promises[name](u, 'x').then(() => console.log('resolved'), (e) => console.log(name, 'rejected', e.code));
    }
  }
})();
