// Code from before streams opened themselves replaces `open` (on a subclass's prototype, or on
// the stream before its construction runs): the stream calls it instead of opening the file,
// and waits for the 'open' (or 'error') it emits.
const fs = require('fs');
const dir = fs.mkdtempSync('/tmp/nodeboa-fs-stream-open-patched-');
const file = `${dir}/data.txt`;
fs.writeFileSync(file, 'abcdef');
const done = [];
let stuck;
const finish = (what) => {
  done.push(what);
  if (done.length !== 4) return;
  // The others are over: the stuck stream still waits for an 'open'.
  console.log('stuck pending', stuck.pending, stuck.fd, fs.existsSync(`${dir}/stuck.txt`));
  stuck.destroy();
  fs.rmSync(dir, { recursive: true });
};

function LegacyRead(...args) {
  fs.ReadStream.call(this, ...args);
}
Object.setPrototypeOf(LegacyRead.prototype, fs.ReadStream.prototype);
Object.setPrototypeOf(LegacyRead, fs.ReadStream);
LegacyRead.prototype.open = function() {
  console.log('legacy read open, fd is', this.fd);
  fs.open(this.path, this.flags, this.mode, (err, fd) => {
    if (err) {
      this.emit('error', err);
      return;
    }
    this.fd = fd;
    this.emit('open', fd);
    this.emit('ready');
  });
};
const lr = new LegacyRead(file, { start: 2 });
lr.on('open', (fd) => console.log('legacy read opened', fd === lr.fd));
lr.on('ready', () => console.log('legacy read ready'));
lr.on('data', (chunk) => console.log('legacy read data', String(chunk)));
lr.on('close', () => finish('read'));

function LegacyWrite(...args) {
  fs.WriteStream.call(this, ...args);
}
Object.setPrototypeOf(LegacyWrite.prototype, fs.WriteStream.prototype);
Object.setPrototypeOf(LegacyWrite, fs.WriteStream);
LegacyWrite.prototype.open = function() {
  console.log('legacy write open');
  this.emit('error', Object.assign(new Error('refused'), { code: 'EREFUSED' }));
};
const lw = new LegacyWrite(`${dir}/out.txt`);
lw.on('error', (err) => console.log('legacy write error', err.message, lw.destroyed));
lw.on('close', () => {
  console.log('legacy write closed, file made:', fs.existsSync(`${dir}/out.txt`));
  finish('write');
});
lw.write('never');

// Patched on the instance right after creation: construction has not run yet.
const inst = fs.createReadStream(file);
inst.open = function() {
  console.log('instance open called');
  fs.open(this.path, 'r', (err, fd) => {
    this.fd = fd;
    this.emit('open', fd);
  });
};
inst.on('data', (chunk) => console.log('instance data', String(chunk)));
inst.on('close', () => finish('instance'));

// A subclass calling the deprecated prototype method never opens; nothing else happens.
class Stuck extends fs.WriteStream {
  open() {
    console.log('stuck open');
    super.open();
  }
}
stuck = new Stuck(`${dir}/stuck.txt`);
stuck.on('open', () => console.log('stuck opened?'));
stuck.write('x', (err) => console.log('stuck write called back', err && err.code));

// Given a descriptor, the stream never calls `open`.
const withFd = new LegacyRead(null, { fd: fs.openSync(file, 'r'), end: 1 });
withFd.on('data', (chunk) => console.log('with fd data', String(chunk)));
withFd.on('close', () => finish('fd'));
