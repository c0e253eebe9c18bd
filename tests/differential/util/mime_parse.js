// util.MIMEType parsing: whitespace (only leading HTTP whitespace is dropped before the type),
// case, `;` runs, parameters without values, empty and quoted values with escapes, duplicates
// (the first wins), bad names and values (skipped), the quirk after a closing quote, code points
// outside Latin-1, and the serialization that results.
const { MIMEType } = require('util');
const show = (input) => {
  try {
    const m = new MIMEType(input);
    console.log(JSON.stringify(input), '=>', JSON.stringify(String(m)), JSON.stringify(m.type),
      JSON.stringify(m.subtype), JSON.stringify(m.essence), JSON.stringify([...m.params]));
  } catch (e) {
    console.log(JSON.stringify(input), 'ERR', e.code, e.name, JSON.stringify(e.message));
  }
};

// Types, subtypes, case and whitespace.
for (const s of ['text/html', 'Text/HTML', 'TEXT/HTML;CHARSET=UTF-8', ' text/html ', '\ttext/html\n',
  '\r\na/b', 'a/b\r\n', 'a/b\t\t', 'a/b\t\t;c=d', '\n\r\t x/y \t', '*/*', 'application/vnd.api+json',
  "!#$%&'*+-.^_`|~/!#$%&'*+-.^_`|~", 'a/b;*=*', 'x/y;;', 'x/y;=;', 'a/b ;  ', 'a/b \t;  c=d  ;  e=f']) show(s);

// Parameters: missing values, empty names, `;` runs, duplicates, case of names and values.
for (const s of ['text/html;', 'text/html ;', 'text/html ; a=b', 'text/html;a', 'text/html;a=',
  'text/html;=b', 'text/html;a=b;a=c', 'text/html;A=B', 'text/html;;;a=b;;', 'text/html;a=;b=c',
  'a/b;C=1;c=2', 'a/b;CHARSET=x;charset=y', 'a/b;c=;c=d', 'a/b;c;d=e', 'a/b; ;c=d', 'x/y;= ;a=b',
  'x/y;a=b=c;d', 'a/b;c=d;', 'text/html;a =b', 'text/html; a=b', 'a/b; \t\n c=d', 'a/b;\tc=d',
  'a/b;\nc=d', 'a/b\n;c=d', 'a/b;c=d\n', 'a/b;c=d\r;e=f', 'a/b;c=  ', 'a/b;c  ',
  'multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW',
  'text/plain;charset=us-ascii;format=flowed;delsp=yes']) show(s);

// Unquoted values: inner and trailing whitespace, characters that force quoting on output.
for (const s of ['text/html;a=b c', 'text/html;a= b', 'a/b;c= d ;e= f', 'a/b;c=d \t e', 'a/b;c=d\t',
  'a/b;c=d/e', 'a/b;c=(d)', 'a/b;c=d@', 'a/b;c==d', "a/b;c='d'", 'a/b;c=d"e', 'text/html;a=\\',
  'a/b;c=d\\;e', 'a/b;c=\u00a0', 'a/b;c=d\u00a0', 'a/b;c=\u00ff', 'a/b;c=\u0080', 'text/html;a=b\u00e9']) show(s);

// Quoted values: escapes, unterminated strings, `;` inside quotes, empty quotes.
for (const s of ['text/html;a="b"', 'text/html;a="b\\"c"', 'text/html;a="b\\', 'text/html;a="b',
  'text/html;a=""', 'text/html;a="";b=c', 'text/html;a="\\\\"', 'a/b;c="(d)"', 'a/b;c="d;e"',
  'a/b;c="d;e";f=g', 'a/b;c="d\\;e";f=g', 'a/b;c="d', 'a/b;c="\\', 'a/b;c="', 'a/b;c=""""',
  'a/b;c="\\\\\\""', 'a/b;c="\\a\\b"', 'a/b;c=" d "', 'a/b;c=" ";', 'a/b;c="a\\"', 'a/b;c="d  ',
  'a/b;c="d\\ ', 'a/b;c="d" ', 'a/b;c="d" \t', 'a/b;c="\t"', 'text/html;a="b\u00e9"',
  'a/b; c="d" ; e=f', 'a/b;c="";c=d', 'A/B;C="D"']) show(s);

// After a closing quote node skips one code unit, not up to the next `;`.
for (const s of ['text/html;a="b"junk;c=d', 'a/b;c="d"e"f"', 'a/b;c="v"xd=1', 'a/b;c="a\\"b"xd=1',
  'a/b;c="v"  d=1', 'a/b;c="v"xx;d=1', 'a/b;c="v"=d=1', 'a/b;c="v"xd="w"ye=2', 'a/b;c="v"x',
  'a/b;c="v"x;', 'a/b;c=""xd=1', 'a/b;c="\n; "*K=1', 'a/b;c="\n; "K=1', 'a/b;c="\u0100"x*K=1;m=n',
  'a/b;c="\u0100" K=1', 'a/b;c="\u0100"K =1', 'a/b;c="v"\ud83d\ude00d=1']) show(s);

// Bad names and values are skipped, never an error.
for (const s of ['text/html;a=\u0100', 'text/html;a="\u0100"', 'text/html;\u00e9=b', 'a/b;\u00a0c=d',
  'a/b;c{=d', 'a/b;"c"=d', 'a/b;c=\x7f', 'a/b;c="\x7f"', 'a/b;c=\x00', 'a/b;c="\x00"', 'a/b;c=\t',
  'a/b;c="\r"', 'a/b;c=\x1f', 'a/b;c=d\f', 'a/b;\fc=d', 'a/b;c=\u0100;c=2', 'a/b;c="d\ne"',
  'a/b;c="d\\\ne"', 'a/b;c=d\u2028', 'a/b;c=\ud800', 'a/b;c="\ud800"', 'a/b;\u212a=b',
  'a/b;\u0130=b', 'text/html;a=b;;c="d e"']) show(s);
