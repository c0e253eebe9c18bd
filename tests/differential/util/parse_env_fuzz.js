// util.parseEnv on ~1500 generated .env texts (deterministic, mulberry32) built from the pieces
// its parser cares about: `=`, newlines and `\r`, spaces and tabs, `#`, the three quotes, `\n`
// escapes, `export `, a lone surrogate, and keys whose order differs between UTF-16 and UTF-8;
// prints each text's entries as JSON.
const { parseEnv } = require('util');
let s = 20261127 >>> 0;
function rnd() {
  s = (s + 0x6D2B79F5) >>> 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const ri = (n) => Math.floor(rnd() * n);
const PIECES = ['A', 'B', 'key', '=', '=', '=', '\n', '\n', '\r\n', '\r', ' ', '  ', '\t', '#', '"', "'", '`',
  '\\n', '\\', 'export ', 'export', 'v', 'é', '\u{1F600}', '\ud800', '\uE000', 'Z', 'a', '__proto__', '1', '.', '-'];
for (let i = 0; i < 1500; i++) {
  let text = '';
  const n = ri(24);
  for (let j = 0; j < n; j++) text += PIECES[ri(PIECES.length)];
  console.log(JSON.stringify(parseEnv(text)));
}
