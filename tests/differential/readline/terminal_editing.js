// readline with terminal: true over a fake TTY: the escape sequences written for the prompt
// and for each edit (typing, arrows, backspace, delete, home/end, ctrl+a/e/k/u/w), with
// rl.line and rl.cursor after each step.
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
input.isTTY = true;
input.setRawMode = (mode) => console.log('setRawMode', mode);
const output = new PassThrough();
output.isTTY = true;
const written = [];
output.on('data', (d) => written.push(d.toString()));
const rl = readline.createInterface({ input, output, terminal: true, prompt: 'P> ' });
console.log('terminal', rl.terminal, JSON.stringify(rl.line), rl.cursor, rl.historySize);
rl.on('line', (l) => console.log('line', JSON.stringify(l), 'history', rl.history));
rl.prompt();
const steps = [['abc', 'type abc'], ['\x1b[D\x1b[D', 'left x2'], ['X', 'insert X'], ['\x7f', 'backspace'],
  ['\x1b[C', 'right'], ['\x1b[H', 'home'], ['\x1b[3~', 'delete'], ['\x1b[F', 'end'], ['\x01', 'ctrl-a'],
  ['\x05', 'ctrl-e'], ['\x02', 'ctrl-b'], ['\x06', 'ctrl-f'], ['\x0b', 'ctrl-k'], [' two words', 'type'],
  ['\x17', 'ctrl-w'], ['\x1bb', 'meta-b'], ['\x1bf', 'meta-f'], ['\x15', 'ctrl-u'], ['final', 'type'],
  ['\x1b[1;5D', 'ctrl-left'], ['\x08', 'ctrl-h'], ['\r', 'return']];
for (const [data, label] of steps) {
  const before = written.length;
  input.write(data);
  console.log(label.padEnd(10), JSON.stringify(rl.line), rl.cursor, JSON.stringify(written.slice(before).join('')));
}
console.log(rl.getCursorPos());
rl.close();
console.log('closed', rl.closed);
