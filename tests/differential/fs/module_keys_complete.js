// Every key of fs and fs/promises that Node 20 has on Linux (watch, watchFile, statfs,
// openAsBlob, the File*Stream aliases, promises' lchmod and statfs), and nothing more.
const fs = require('fs');
console.log(Object.keys(fs).filter((k) => k !== 'promises').sort().join(','));
console.log(Object.keys(fs.promises).sort().join(','));
console.log(fs.FileReadStream === fs.ReadStream, fs.FileWriteStream === fs.WriteStream);
fs.promises.lchmod('/tmp', 0o777).catch((e) => console.log(e.code, e.message));
