// Checks readline cursorTo/moveCursor/clearLine/clearScreenDown escape sequences.
const readline = require('readline');
const { Writable } = require('stream');
const out = [];
const w = new Writable({ decodeStrings: false, write(c, e, cb) { out.push(c); cb(); } });
readline.cursorTo(w, 3);
readline.cursorTo(w, 2, 5);
readline.moveCursor(w, -2, 3);
readline.moveCursor(w, 4, -1);
readline.clearLine(w, -1);
readline.clearLine(w, 1);
readline.clearLine(w, 0);
readline.clearScreenDown(w);
console.log(JSON.stringify(out));
console.log(readline.moveCursor(w, 0, 0), readline.cursorTo(null, 1));
try {
  readline.cursorTo(w, undefined, 2);
} catch (e) {
  console.log(e.code, e.message);
}
