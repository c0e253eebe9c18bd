// util.MIMEType's type/subtype setters (String() conversion, token check, lowercasing, nothing
// changed on error), read-only essence/params, and util.MIMEParams: get/has/delete (exact keys,
// no conversion), set (converts, checks name then value, keeps the name's case, replaces in
// place), entries/keys/values/iterator (live, like a Map's), toString/toJSON and their quoting.
const { MIMEType, MIMEParams } = require('util');
const show = (label, f) => {
  try {
    const r = f();
    console.log(label, 'OK', typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'ERR', e.code, e.name, JSON.stringify(e.message));
  }
};

// Setters.
const m = new MIMEType('text/html;a=b');
for (const v of ['IMAGE', 'x-Custom.Type+1', '', 'a b', ' ab', 'ab ', 'a/b', 'a;b', '\u00e9', '\u212a',
  '\tab', 'ab\n', '*', 123, null, undefined, true, { toString() { return 'OBJ'; } }, ['Arr']]) {
  show(`type = ${JSON.stringify(v)}`, () => { m.type = v; return `${m} ${m.type} ${m.essence}`; });
}
for (const v of ['SVG+XML', '', 'a;b', 'a/b', '\ta', 'a\t', 'x y', '\u00e9', 12, undefined, false]) {
  show(`subtype = ${JSON.stringify(v)}`, () => { m.subtype = v; return `${m} ${m.subtype} ${m.essence}`; });
}
try { m.type = Symbol('s'); } catch (e) { console.log('symbol type', e instanceof TypeError, m.type); }
m.essence = 'x/y';
m.params = 'nope';
console.log('read-only in sloppy mode:', String(m), m.params instanceof MIMEParams);
(function () {
  'use strict';
  try { m.essence = 'x/y'; } catch (e) { console.log('strict essence', e instanceof TypeError); }
  try { m.params = null; } catch (e) { console.log('strict params', e instanceof TypeError); }
})();

// MIMEParams standalone.
const p = new MIMEParams();
console.log(JSON.stringify(String(p)), JSON.stringify(p.toJSON()), [...p], p.get('a'), p.has('a'));
show('set A', () => p.set('A', 'B'));
show('get A', () => p.get('A'));
show('get a', () => p.get('a'));
show('has A/a', () => `${p.has('A')} ${p.has('a')}`);
show('set empty', () => p.set('b', ''));
show('set space', () => p.set('c', 'x y'));
show('set quotes', () => p.set('d', 'q"\\'));
show('set latin1', () => p.set('e', '\u00e9'));
show('set tab', () => p.set('h', '\t'));
show('set token chars', () => p.set("!#$%&'*+-.^_`|~", "!#$%&'*+-.^_`|~"));
show('set semicolon value', () => p.set('s', 'a;b=c'));
show('serialized', () => String(p));
show('bad value U+0100', () => p.set('f', '\u0100'));
show('bad value CR', () => p.set('g', '\r'));
show('bad value DEL', () => p.set('i', 'a\u007f'));
show('bad value NUL', () => p.set('i', '\u0000'));
show('bad name latin1', () => p.set('\u00e9', 'x'));
show('bad name empty', () => p.set('', 'x'));
show('bad name space', () => p.set('a b', 'x'));
show('bad name =', () => p.set('a=', 'x'));
show('bad name ;', () => p.set(';', 'x'));
show('bad name and value', () => p.set('a b', '\u0100'));
const order = [];
try {
  p.set({ toString() { order.push('name'); return 'a b'; } }, { toString() { order.push('value'); return 'v'; } });
} catch (e) { console.log(order.join(','), e.message); }
show('set numbers', () => p.set(1, 2));
show('set null/undefined', () => p.set(null, undefined));
show('set no args', () => p.set());
show('get number key', () => p.get(1));
show('has number key', () => p.has(1));
show('get string key', () => p.get('1'));
show('get no args', () => p.get());
show('has no args', () => p.has());
show('delete number key', () => p.delete(1));
show('still has 1', () => p.has('1'));
show('delete A', () => p.delete('A'));
show('delete again', () => p.delete('A'));
show('replace c', () => p.set('c', 'new'));
show('after', () => String(p));
console.log([...p]);
console.log([...p.keys()]);
console.log([...p.values()]);
console.log(JSON.stringify(p), JSON.stringify({ p }), p.toJSON() === p.toString());
console.log(new MIMEParams('a=b').toString() === '', new MIMEParams({ a: 'b' }).has('a'));
try { MIMEParams(); } catch (e) { console.log('call without new', e instanceof TypeError); }

// Params of a MIMEType are live and shared.
const t = new MIMEType('a/b;x=1;y=2');
console.log(t.params === t.params, t.params instanceof MIMEParams);
t.params.set('Z', 'with space');
t.params.delete('x');
console.log(String(t), JSON.stringify(t), t.params.get('Z'), t.params.get('z'));
t.params.set('y', '');
console.log(String(t));
for (const k of [...t.params.keys()]) t.params.delete(k);
console.log(JSON.stringify(String(t)), String(t) === t.essence);

// Iterators see changes made while iterating.
const u = new MIMEType('a/b;x=1;y=2');
const it = u.params.entries();
console.log(it.next());
u.params.set('z', '3');
u.params.delete('y');
console.log(it.next(), it.next(), it.next());
const ki = u.params.keys();
console.log(ki.next(), ki.return('done'), ki.next());
const first = u.params.entries().next().value;
first[1] = 'changed';
console.log(Array.isArray(first), u.params.get('x'));
for (const [k, v] of u.params) console.log('for-of', k, v);
console.log(Array.from(u.params.values()), new Map(u.params).get('z'));
console.log(typeof u.params[Symbol.iterator], u.params[Symbol.iterator] === u.params.entries);
console.log(Object.prototype.toString.call(u.params.entries()), Object.prototype.toString.call(u.params.keys()));
