// Code from before streams opened themselves replaces `open` (on a subclass's prototype, or on
// the stream before its construction runs): the stream calls it instead of opening the file,
// and waits for the 'open' (or 'error') it emits.
// The four streams open and read on the thread pool, whose completions interleave differently
// from run to run (node's too, under load): each stream's events are logged apart and printed
// stream by stream at the end.
const fs = require('fs');
const dir = fs.mkdtempSync('/tmp/nodeboa-fs-stream-open-patched-');
const file = `${dir}/data.txt`;
fs.writeFileSync(file, 'abcdef');
const done = [];
const logs = { read: [], write: [], instance: [], fd: [], stuck: [] };
const log = (stream, ...words) => logs[stream].push(words.map(String).join(' '));
let stuck;
const finish = (what) => {
  done.push(what);
  if (done.length !== 4) return;
  for (const [stream, lines] of Object.entries(logs)) console.log(`${stream}: ${lines.join(' | ')}`);
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
  log('read', 'legacy read open, fd is', this.fd);
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
lr.on('open', (fd) => log('read', 'legacy read opened', fd === lr.fd));
lr.on('ready', () => log('read', 'legacy read ready'));
lr.on('data', (chunk) => log('read', 'legacy read data', String(chunk)));
lr.on('close', () => finish('read'));

function LegacyWrite(...args) {
  fs.WriteStream.call(this, ...args);
}
Object.setPrototypeOf(LegacyWrite.prototype, fs.WriteStream.prototype);
Object.setPrototypeOf(LegacyWrite, fs.WriteStream);
LegacyWrite.prototype.open = function() {
  log('write', 'legacy write open');
  this.emit('error', Object.assign(new Error('refused'), { code: 'EREFUSED' }));
};
const lw = new LegacyWrite(`${dir}/out.txt`);
lw.on('error', (err) => log('write', 'legacy write error', err.message, lw.destroyed));
lw.on('close', () => {
  log('write', 'legacy write closed, file made:', fs.existsSync(`${dir}/out.txt`));
  finish('write');
});
lw.write('never');

// Patched on the instance right after creation: construction has not run yet.
const inst = fs.createReadStream(file);
inst.open = function() {
  log('instance', 'instance open called');
  fs.open(this.path, 'r', (err, fd) => {
    this.fd = fd;
    this.emit('open', fd);
  });
};
inst.on('data', (chunk) => log('instance', 'instance data', String(chunk)));
inst.on('close', () => finish('instance'));

// A subclass calling the deprecated prototype method never opens; nothing else happens.
class Stuck extends fs.WriteStream {
  open() {
    log('stuck', 'stuck open');
    super.open();
  }
}
stuck = new Stuck(`${dir}/stuck.txt`);
stuck.on('open', () => log('stuck', 'stuck opened?'));
stuck.write('x', (err) => console.log('stuck write called back', err && err.code));

// Given a descriptor, the stream never calls `open`.
const withFd = new LegacyRead(null, { fd: fs.openSync(file, 'r'), end: 1 });
withFd.on('data', (chunk) => log('fd', 'with fd data', String(chunk)));
withFd.on('close', () => finish('fd'));
