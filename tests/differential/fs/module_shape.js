// fs exports the expected functions
const fs = require('fs');
const names = ['readFileSync','writeFileSync','appendFileSync','openSync','closeSync','readSync','writeSync','statSync','lstatSync','fstatSync','mkdirSync','mkdtempSync','readdirSync','rmdirSync','rmSync','unlinkSync','renameSync','copyFileSync','cpSync','symlinkSync','readlinkSync','linkSync','realpathSync','truncateSync','ftruncateSync','chmodSync','chownSync','utimesSync','lutimesSync','futimesSync','opendirSync','existsSync','accessSync','fsyncSync','readFile','writeFile','stat','mkdir','readdir','open','close','read','write','rm','rename','unlink'];
console.log(names.filter((n) => typeof fs[n] !== 'function'));
console.log(typeof fs.promises, typeof fs.promises.readFile, typeof fs.realpathSync.native, typeof fs.Stats, typeof fs.Dirent, typeof fs.Dir);
console.log(require('node:fs') === fs, require('fs/promises') === fs.promises, require('node:fs/promises') === fs.promises);
