// readline terminal mode: prompt() redraws with the current line, setPrompt, prompt(true)
// keeps the cursor, question() switches prompts and restores the old one, and
// readline/promises question over a fake TTY.
const readline = require('readline');
const { PassThrough } = require('stream');
function make(prompt) {
  const input = new PassThrough();
  input.isTTY = true;
  const output = new PassThrough();
  output.isTTY = true;
  const written = [];
  output.on('data', (d) => written.push(d.toString()));
  const rl = readline.createInterface({ input, output, terminal: true, prompt });
  return { rl, input, written };
}
const a = make('> ');
a.input.write('draft\x1b[D\x1b[D');
a.rl.setPrompt('new> ');
a.rl.prompt(true);
console.log(JSON.stringify(a.written.join('')), a.rl.cursor);
a.rl.prompt();
console.log(JSON.stringify(a.written.slice(-1).join('')), a.rl.cursor, JSON.stringify(a.rl.line));
a.rl.question('Q? ', (ans) => {
  console.log('answer', JSON.stringify(ans), 'prompt back to', JSON.stringify(a.rl.getPrompt()));
  a.rl.close();
  const b = make('');
  require('readline/promises').createInterface({ input: b.input, output: new PassThrough(), terminal: true })
    .question('async? ').then((answer) => {
      console.log('promise answer', JSON.stringify(answer));
      process.exit(0);
    });
  b.input.write('yes\r');
});
a.input.write('\x05');
a.input.write('reply');
a.input.write('\r');
