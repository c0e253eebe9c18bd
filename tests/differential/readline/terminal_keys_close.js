// readline terminal: ctrl+c emits SIGINT when listened to (else closes), ctrl+d closes an
// empty line, \r\n counts once, question() in terminal mode, rl.write with key objects, and
// the input ending.
const readline = require('readline');
const { PassThrough } = require('stream');
function make(options) {
  const input = new PassThrough();
  input.isTTY = true;
  const output = new PassThrough();
  const written = [];
  output.on('data', (d) => written.push(d.toString()));
  const rl = readline.createInterface({ input, output, terminal: true, ...options });
  rl.on('line', (l) => console.log('line', JSON.stringify(l)));
  rl.on('close', () => console.log('close'));
  return { rl, input, written };
}
const a = make();
a.rl.on('SIGINT', () => console.log('SIGINT, line was', JSON.stringify(a.rl.line)));
a.input.write('typed\x03');
a.input.write('\r\n');
a.input.write('x\r\ny\n');
a.rl.write('via write');
a.rl.write(null, { ctrl: true, name: 'u' });
console.log('after ctrl-u via write', JSON.stringify(a.rl.line));
a.input.write('ab\x04');
console.log('ctrl-d on text', JSON.stringify(a.rl.line), a.rl.closed);
a.input.write('\x01\x04\x04\x04');
console.log('after deletes', JSON.stringify(a.rl.line), a.rl.closed);

const b = make();
b.input.write('zz\x03');
console.log('no SIGINT listener: closed', b.rl.closed);

const c = make({ prompt: '$ ' });
c.rl.question('Name? ', (answer) => {
  console.log('answer', JSON.stringify(answer), JSON.stringify(c.rl.getPrompt()));
  console.log(JSON.stringify(c.written.join('')));
  c.input.end();
});
c.input.write('Ann\r');
