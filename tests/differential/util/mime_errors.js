// util.MIMEType errors: ERR_INVALID_MIME_SYNTAX (a TypeError) for a missing, empty or bad type
// or subtype, with the index of the first bad code unit (relative to the type or subtype) when
// there is one, the whole input quoted in the message; how non-string inputs are converted;
// and the error object's shape (name, code, toString, own keys, instanceof).
const util = require('util');
const { MIMEType } = util;
const show = (label, f) => {
  try {
    const r = f();
    console.log(label, 'OK', JSON.stringify(String(r)));
  } catch (e) {
    console.log(label, 'ERR', e.code, e.name, JSON.stringify(e.message));
  }
};

for (const s of ['', ' ', '\t\n', 'text', ' text ', 'text\n', 'text\n/html', 'text;a=b', 'te;xt/html',
  'text/', '/html', ' /b', 'a/;b', 'a/ ;b', 'te xt/html', ' te xt/html ', 'te xt', 'text /html',
  'text/ht ml', '  text/ html', 'a/b c ;d=e', 'a/b/c', 'a//b', 'a{/b', 'a/b}', 'a@/b', ';', '/',
  '\u00e9/a', 'a/\u00e9', 't\u00e9xt/html', 'text/htm\u00e9', 'a/b\u00e9;c=d', '\ud800/a', 'a/\ud800',
  '\u212a/b', '\x00a/b', 'a/b\x00', '\fa/b', '\va/b', '\u00a0a/b', 'a/b\u00a0', 'a\t/b', 'a/\tb',
  '"a"/b', 'a/"b"', 'a/b"', 'a,b/c', 'a/b,c', 'a/b(c)', '[a]/b', 'a:/b', 'a/b?', 'a=/b', 'a\\/b']) {
  show(JSON.stringify(s), () => new MIMEType(s));
}

// The input is converted with String(): objects, numbers, null, undefined, other MIMETypes.
show('undefined', () => new MIMEType(undefined));
show('no argument', () => new MIMEType());
show('null', () => new MIMEType(null));
show('number', () => new MIMEType(1));
show('object', () => new MIMEType({ toString() { return 'A/B;C=D'; } }));
show('array', () => new MIMEType(['a/b', 'c']));
show('array one', () => new MIMEType(['a/b;x=y']));
show('MIMEType', () => new MIMEType(new MIMEType('Image/PNG;Q=1')));
show('plain object', () => new MIMEType({}));
show('URL-ish', () => new MIMEType(new URL('http://a/b')));
try { new MIMEType(Symbol('s')); } catch (e) { console.log('symbol', e instanceof TypeError, e.code); }
try { MIMEType('a/b'); } catch (e) { console.log('call without new', e instanceof TypeError); }

// The error object.
let err;
try { new MIMEType('text'); } catch (e) { err = e; }
console.log(err instanceof TypeError, err instanceof Error, err.name, err.code, Object.keys(err));
console.log(String(err));
console.log(Object.prototype.toString.call(err), typeof err.stack, err.stack.split('\n')[0]);
try { new MIMEType('te xt/html'); } catch (e) { console.log(util.inspect(e).split('\n')[0]); }
