// zlib differential: inside an I/O callback, setImmediate runs before a zlib callback
const zlib = require('zlib');
const fs = require('fs');
const log = [];
fs.readFile(__filename, () => {
  zlib.deflate('io', () => { log.push('deflate'); });
  setImmediate(() => log.push('immediate'));
  process.nextTick(() => log.push('tick'));
  Promise.resolve().then(() => log.push('micro'));
  log.push('sync');
});
process.on('exit', () => console.log(log.join(' ')));
