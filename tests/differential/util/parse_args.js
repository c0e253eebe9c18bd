// util differential: util.parseArgs: values, positionals and tokens (short groups, attached and
// inline values, negatives, the terminator), strict mode's errors in node's words, config checks,
// defaults, and process.argv (see args) when no args are given.
// args: --flag pos
const { parseArgs } = require('util');
const show = (label, f) => {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (e) {
    console.log(label, 'ERR', e.name, e.code, JSON.stringify(e.message));
  }
};
{
  const options = { foo: { type: 'boolean', short: 'f' }, bar: { type: 'string', short: 'b', default: 'x' }, many: { type: 'string', multiple: true }, n: { type: 'boolean', multiple: true, short: 'n' } };
  show('basic', () => parseArgs({ args: ['-f', '--bar', 'b', 'pos'], options, allowPositionals: true }));
  show('eq', () => parseArgs({ args: ['--bar=v', '--many', 'a', '--many=b', '-nnn'], options }));
  show('short group', () => parseArgs({ args: ['-fbval'], options }));
  show('tokens', () => parseArgs({ args: ['-f', '--', '--bar'], options, allowPositionals: true, tokens: true }));
  show('unknown', () => parseArgs({ args: ['--nope'], options }));
  show('unknown short', () => parseArgs({ args: ['-z'], options }));
  show('positional', () => parseArgs({ args: ['pos'], options }));
  show('missing value', () => parseArgs({ args: ['--bar'], options }));
  show('bool with value', () => parseArgs({ args: ['--foo=1'], options }));
  show('strict false', () => parseArgs({ args: ['--nope', '--foo=1', 'p', '-z'], options, strict: false }));
  show('negative', () => parseArgs({ args: ['--no-foo'], options, allowNegative: true }));
  show('bad type', () => parseArgs({ options: { a: { type: 'number' } } }));
  show('bad short', () => parseArgs({ options: { a: { type: 'string', short: 'ab' } } }));
  show('bad default', () => parseArgs({ options: { a: { type: 'string', default: 1 } } }));
  show('string dash value', () => parseArgs({ args: ['--bar', '-f'], options }));
  show('process argv', () => parseArgs({ options: {}, strict: false }));
  show('no config', () => parseArgs());
  show('not object', () => parseArgs(1));
  show('args not array', () => parseArgs({ args: 'x' }));
  show('lone dash', () => parseArgs({ args: ['-'], allowPositionals: true }));
  show('default multiple', () => parseArgs({ args: [], options: { m: { type: 'string', multiple: true, default: ['a'] } } }));
  show('proto', () => { const r = parseArgs({ args: ['--foo'], options }); return [Object.getPrototypeOf(r.values), Object.getPrototypeOf(r)]; });

}
{
  const options = { foo: { type: 'boolean', short: 'f' }, bar: { type: 'string', short: 'b' }, v: { type: 'boolean', short: 'v', multiple: true } };
  show('unknown allowPos', () => parseArgs({ args: ['--nope'], options, allowPositionals: true }));
  show('unknown short allowPos', () => parseArgs({ args: ['-z'], options, allowPositionals: true }));
  show('tokens full', () => parseArgs({ args: ['-fb', 'x', '--bar=y', '-vv', '--no-foo', 'p', '--', '-q'], options, allowPositionals: true, allowNegative: true, tokens: true }));
  show('short value attached', () => parseArgs({ args: ['-bxyz'], options, tokens: true }));
  show('strict false tokens', () => parseArgs({ args: ['--a=1', '-xy', '--b'], strict: false, tokens: true }));
  show('negative not allowed', () => parseArgs({ args: ['--no-foo'], options }));
  show('negative on string', () => parseArgs({ args: ['--no-bar'], options, allowNegative: true }));
  show('default bool', () => parseArgs({ args: [], options: { d: { type: 'boolean', default: true } } }));
  show('bad default bool', () => parseArgs({ args: [], options: { d: { type: 'boolean', default: 'x' } } }));
  show('bad multiple default', () => parseArgs({ args: [], options: { d: { type: 'string', multiple: true, default: 'x' } } }));
  show('options not object', () => parseArgs({ options: 1 }));
  show('option not object', () => parseArgs({ options: { a: 1 } }));
  show('strict not bool', () => parseArgs({ strict: 1 }));
  show('allowPositionals default strict false', () => parseArgs({ args: ['p'], strict: false }));
  show('short dash value', () => parseArgs({ args: ['-b', '-f'], options }));
  show('short dash value2', () => parseArgs({ args: ['-b', '--'], options }));
  show('eq empty', () => parseArgs({ args: ['--bar='], options }));
  show('multiple bool override', () => parseArgs({ args: ['--foo', '--foo'], options }));
  show('string twice', () => parseArgs({ args: ['--bar', 'a', '--bar', 'b'], options }));
  show('short not letter', () => parseArgs({ args: ['-1'], options: { one: { type: 'boolean', short: '1' } } }));
  show('dash dash only', () => parseArgs({ args: ['--'], options }));
  show('values proto', () => Object.getPrototypeOf(parseArgs({ args: [] }).values) === null);
  show('keys', () => Object.keys(parseArgs({ args: [], tokens: true })));

}
show('argv strict false', () => parseArgs({ strict: false }));
show('argv strict', () => parseArgs({ options: { flag: { type: 'boolean' } } }));
show('argv allowPositionals', () => parseArgs({ options: { flag: { type: 'boolean' } }, allowPositionals: true }));
console.log(typeof parseArgs, parseArgs.name, parseArgs.length);
