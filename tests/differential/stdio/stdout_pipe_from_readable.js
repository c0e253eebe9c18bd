// Checks piping a Readable into process.stdout (which pipe() does not end).
const { Readable } = require('stream');
const r = Readable.from(['one\n', 'two\n']);
r.pipe(process.stdout);
r.on('end', () => {
  setImmediate(() => console.log('stdout still writable', process.stdout.writable));
});
