// readline.cursorTo / moveCursor / clearLine / clearScreenDown: the sequences each writes,
// their return values and callbacks, and bad arguments.
const readline = require('readline');
const { PassThrough } = require('stream');
const out = new PassThrough();
const chunks = [];
out.on('data', (d) => chunks.push(JSON.stringify(d.toString())));
const calls = [
  () => readline.cursorTo(out, 0), () => readline.cursorTo(out, 5, 2), () => readline.cursorTo(out, 3, undefined),
  () => readline.moveCursor(out, 2, 0), () => readline.moveCursor(out, -3, 0), () => readline.moveCursor(out, 0, 4),
  () => readline.moveCursor(out, 1, -1), () => readline.moveCursor(out, 0, 0), () => readline.clearLine(out, -1),
  () => readline.clearLine(out, 1), () => readline.clearLine(out, 0), () => readline.clearScreenDown(out),
  () => readline.cursorTo(null, 1), () => readline.moveCursor(undefined, 1, 1),
];
for (const call of calls) console.log(call());
console.log(chunks.join(' '));
for (const bad of [() => readline.cursorTo(out, NaN), () => readline.cursorTo(out, 'a', 1), () => readline.cursorTo(out, 1, 1, 'cb'),
  () => readline.clearLine(out, 0, 5)]) {
  try {
    bad();
    console.log('ok');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
readline.cursorTo(out, 1, () => console.log('cursorTo callback'));
readline.clearScreenDown(out, () => console.log('clearScreenDown callback'));
