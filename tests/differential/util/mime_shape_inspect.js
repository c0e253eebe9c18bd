// util.MIMEType / util.MIMEParams as objects: prototype members (names, kinds, descriptors,
// order; toJSON is toString), constructors' length, instanceof and subclassing, String(),
// template literals, JSON, util.format, and what console.log / util.inspect print (no state
// shown: the classes keep it private), including showHidden and own added properties.
const util = require('util');
const { MIMEType, MIMEParams } = util;

const describe = (proto) => Reflect.ownKeys(proto).map((k) => {
  const d = Object.getOwnPropertyDescriptor(proto, k);
  const kind = 'value' in d ? `value:${typeof d.value}:${d.value.name}:${d.writable}` :
    `get:${d.get && d.get.name}:set:${d.set && d.set.name}`;
  return `${String(k)}=${kind}:${d.enumerable}:${d.configurable}`;
});
console.log(describe(MIMEType.prototype));
console.log(describe(MIMEParams.prototype));
console.log(MIMEType.length, MIMEParams.length, MIMEType.name, MIMEParams.name, typeof MIMEType);
console.log(Object.getOwnPropertyNames(MIMEType), Object.getOwnPropertyNames(MIMEParams));
console.log(Object.getOwnPropertyDescriptor(MIMEType, 'prototype').writable);
console.log(MIMEType.prototype.toJSON === MIMEType.prototype.toString,
  MIMEParams.prototype.toJSON === MIMEParams.prototype.toString);
console.log(util.types.isGeneratorFunction(MIMEParams.prototype.entries));
console.log(Object.keys(util).filter((k) => k.startsWith('MIME')));
console.log(Object.getOwnPropertyDescriptor(util, 'MIMEType').enumerable, require('node:util').MIMEType === MIMEType);

const m = new MIMEType('Text/HTML; Charset="utf-8"; foo=bar; q="a b"');
console.log(m);
console.log(m.params);
console.log([m], { a: m, p: m.params }, { a: { b: { c: m } } });
console.log(util.inspect(m), util.inspect(m, { depth: 0 }), util.inspect(m, { depth: -1 }));
console.log(util.inspect(m.params, { colors: true }), util.inspect(m, { colors: true }));
console.log(util.inspect(m, { showHidden: true }));
console.log(util.inspect(m.params, { showHidden: true }));
console.log(m.params.entries(), m.params.keys(), m.params.values());
console.log(new MIMEParams());
console.log(Reflect.ownKeys(m), Reflect.ownKeys(m.params), Object.keys(m));
console.log(Object.prototype.toString.call(m), Object.prototype.toString.call(m.params));
console.log(String(m), `${m}`, m + '', m == 'text/html;charset=utf-8;foo=bar;q="a b"');
console.log(JSON.stringify(m), JSON.stringify({ m, p: m.params }), JSON.stringify([m.params]));
console.log(m.toString(), m.toJSON(), m.params.toString(), m.params.toJSON());
console.log(util.format('%s | %j | %O', m, m, m));
console.log(util.format('%s | %j', m.params, m.params));
console.log(util.isDeepStrictEqual(new MIMEType('a/b'), new MIMEType('a/c')));

m.extra = 'own';
m.params.n = 1;
console.log(m, m.params);
console.log(util.inspect(m, { showHidden: true }));

class Sub extends MIMEType {
  constructor(s) { super(s); this.kind = 'sub'; }
  get essence() { return `[${super.essence}]`; }
}
const s = new Sub('A/B;C=D');
console.log(s, String(s), s.essence, s instanceof MIMEType, s instanceof Sub, s.params.get('c'));
class SubParams extends MIMEParams {}
const sp = new SubParams();
sp.set('x', 'y z');
console.log(sp, String(sp), sp instanceof MIMEParams);
console.log(m instanceof MIMEType, m.params instanceof MIMEParams, m instanceof MIMEParams,
  {} instanceof MIMEType, Object.getPrototypeOf(m) === MIMEType.prototype);

// Methods need a real instance.
for (const [label, f] of [
  ['toString on {}', () => MIMEType.prototype.toString.call({})],
  ['type getter on {}', () => Object.getOwnPropertyDescriptor(MIMEType.prototype, 'type').get.call({})],
  ['params.get on {}', () => MIMEParams.prototype.get.call({}, 'a')],
  ['params.set on {}', () => MIMEParams.prototype.set.call({}, 'a', 'b')],
  ['params.toString on a MIMEType', () => MIMEParams.prototype.toString.call(m)],
]) {
  try { f(); console.log(label, 'no error'); } catch (e) { console.log(label, e instanceof TypeError); }
}
// An invalid value is reported before the receiver is checked.
try {
  Object.getOwnPropertyDescriptor(MIMEType.prototype, 'type').set.call({}, 'a b');
} catch (e) { console.log(e.code); }
// Patching Map or MIMEParams does not change how a MIMEType parses or prints.
const savedEntries = Map.prototype.entries;
const savedToString = MIMEParams.prototype.toString;
Map.prototype.entries = function* () { yield ['q', 'r']; };
MIMEParams.prototype.toString = () => 'X';
console.log(String(new MIMEType('a/b;c=d')));
Map.prototype.entries = savedEntries;
MIMEParams.prototype.toString = savedToString;
