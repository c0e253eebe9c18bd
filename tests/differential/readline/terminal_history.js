// readline terminal history: lines are added newest first, up/down walk it, the text before
// the cursor filters it, duplicates and blank lines, historySize and removeHistoryDuplicates,
// and the 'history' event.
const readline = require('readline');
const { PassThrough } = require('stream');
function make(options) {
  const input = new PassThrough();
  input.isTTY = true;
  const output = new PassThrough();
  const rl = readline.createInterface({ input, output, terminal: true, ...options });
  return { rl, input, output };
}
const { rl, input } = make({ historySize: 3 });
rl.on('history', (h) => console.log('history event', h));
for (const line of ['first', 'second', 'second', '   ', 'third', 'fourth']) input.write(line + '\r');
console.log(rl.history);
const walk = (label, data) => {
  input.write(data);
  console.log(label, JSON.stringify(rl.line), rl.cursor, rl.historyIndex);
};
walk('up', '\x1b[A');
walk('up', '\x1b[A');
walk('up', '\x1b[A');
walk('up', '\x1b[A');
walk('down', '\x1b[B');
walk('down', '\x1b[B');
walk('down', '\x1b[B');
walk('down', '\x1b[B');
input.write('\x15s');
walk('prefix up', '\x1b[A');
walk('prefix up', '\x1b[A');
walk('ctrl-p', '\x10');
walk('ctrl-n', '\x0e');
rl.close();
const dedupe = make({ removeHistoryDuplicates: true, history: ['x', 'y'] });
for (const line of ['a', 'b', 'a', 'x']) dedupe.input.write(line + '\n');
console.log(dedupe.rl.history);
const none = make({ historySize: 0 });
none.input.write('kept\r');
console.log(none.rl.history);
