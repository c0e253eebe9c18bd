// Checks allowHalfOpen: false ends the writable side when the readable side ends.
const { Duplex } = require('stream');
const d = new Duplex({
  allowHalfOpen: false,
  read() { this.push(null); },
  write(c, e, cb) { cb(); },
});
d.on('end', () => console.log('end', d.writableEnded));
d.on('finish', () => console.log('finish'));
d.on('close', () => console.log('close'));
d.resume();
