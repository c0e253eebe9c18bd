// readline.emitKeypressEvents: key objects for printable characters, control keys, meta keys,
// CSI and SS3 escape sequences with modifiers, multi-byte characters, and sequences split
// across chunks.
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
readline.emitKeypressEvents(input);
readline.emitKeypressEvents(input);
input.on('keypress', (s, k) => {
  console.log(JSON.stringify(s), JSON.stringify(k));
  if (k.name === 'escape') console.log('lone escape came after its timeout');
});
for (const chunk of ['a', 'B', '1', ' ', '\r', '\n', '\t', '\x7f', '\b', '\x01', '\x1a', '\x1b[A', '\x1b[1;5C',
  '\x1bOH', '\x1b[3~', '\x1b[5~', '\x1b[6~', '\x1bb', '\x1b\x7f', 'é', '😀', '\x1b[Z', '\x1bOP', '\x1b[15~', '!',
  'xy\x1b[Dz', '\x1b[1;2A', '\x1b[2;3~', '\x00', '\x1b\r', '\x1b[24~', '\x1b[1;3B', '\x1b[1;6D', 'ab😀c']) {
  input.write(chunk);
}
input.write(Buffer.from([0xe2, 0x82]));
input.write(Buffer.from([0xac]));
input.write('\x1b[');
input.write('B');
setTimeout(() => input.write('\x1b'), 10);
