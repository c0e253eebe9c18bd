// util.MIMEType on generated inputs: a fixed-seed generator builds strings from the pieces the
// parser cares about (`/`, `;`, `=`, quotes, backslashes, HTTP and other whitespace, non-token,
// non-Latin-1 and lone-surrogate code units) and prints the parse (serialization, essence,
// params) or the error, then applies the setters and MIMEParams#set with generated values.
const { MIMEType } = require('util');
let seed = 20240611;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const pick = (a) => a[rnd(a.length)];
const out = [];
const record = (input) => {
  try {
    const m = new MIMEType(input);
    out.push(JSON.stringify([input, String(m), m.essence, [...m.params]]));
    const v = pick(pieces) + pick(pieces);
    try { m.type = v; out.push(`T ${JSON.stringify(String(m))}`); } catch (e) { out.push(`T ${e.code} ${JSON.stringify(e.message)}`); }
    try { m.subtype = v; out.push(`S ${JSON.stringify(String(m))}`); } catch (e) { out.push(`S ${e.code} ${JSON.stringify(e.message)}`); }
    try { m.params.set(v, input); out.push(`P ${JSON.stringify(m)}`); } catch (e) { out.push(`P ${e.code} ${JSON.stringify(e.message)}`); }
  } catch (e) {
    out.push(JSON.stringify([input, e.code, e.message]));
  }
};

// Anything goes.
const pieces = ['a', 'Z', '/', ';', '=', '"', '"', '\\', ' ', '\t', '\n', '\r', '\f', '\v', '\u00e9',
  '\u0100', '\u007f', '\u00a0', '\0', '\ud83d', '\ude00', '{', '+', '.', 'x-', 'K', ';c=', '="', '"x', ';;'];
for (let i = 0; i < 600; i++) {
  let s = pick(['', 'a/b', 'a/b;', ' a/b; ', 'A', 'a/', '/']);
  for (let j = rnd(12); j >= 0; j--) s += pick(pieces);
  record(s);
}

// A valid type with parameter-shaped noise.
const nameParts = ['a', 'B', 'charset', 'x-y', ' ', '\t', '\u00e9', '', '"', '=', 'K', '\f', '*'];
const valueParts = ['v', 'V', ' ', '\t', '"', '\\', ';', '=', '\u00e9', '\u0100', '\u007f', '\r', '\n',
  'utf-8', '(', ')', '', '\u00ff', '\u0080', '/'];
for (let i = 0; i < 600; i++) {
  let s = pick(['a/b', 'Text/HTML', ' x/y ', 'x/y\t', '\nx/Y']);
  for (let k = rnd(5); k > 0; k--) {
    s += pick([';', ';', '; ', ' ;', ';;']);
    let name = '';
    for (let j = rnd(3); j >= 0; j--) name += pick(nameParts);
    let value = '';
    for (let j = rnd(5); j >= 0; j--) value += pick(valueParts);
    s += name + pick(['=', '=', '=', '', ' =']) + value;
  }
  record(s);
}
console.log(out.join('\n'));
console.log(out.length);
