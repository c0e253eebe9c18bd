// The loader's native fast path (relative/absolute file specifiers) against the JS path:
// module identity across spellings and symlinks, package types cached per directory (a
// package.json created later is not seen), files created after a failed import, URL-ish
// specifiers, CommonJS named exports, JSON attributes, and the errors each path words.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'esm-fast-')));
const write = (rel, text) => {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
};
const at = (rel) => path.join(root, rel);
const here = path.dirname(new URL(import.meta.url).pathname);
const show = (label, err) => {
  let message = err.message.split('\n')[0].replaceAll(root, '<root>').replaceAll(here, '<here>');
  // The JSON parser's own words (V8's or Boa's) end an invalid package config message.
  if (err.code === 'ERR_INVALID_PACKAGE_CONFIG') message = message.replace(/(while importing \S+)\. .*$/, '$1.');
  console.log(label, err.code, message);
};

write('a/one.mjs', 'export const id = {}; export let n = 0; export function bump() { n++; }');
write('a/two.mjs', "import { id } from './one.mjs'; import { id as id2 } from '../a/./one.mjs'; export const same = id === id2;");
write('cjs/lib.cjs', 'exports.alpha = 1; exports.beta = 2; module.exports.gamma = 3;');
write('cjs/plain.js', 'exports.delta = 4;');
write('esm/package.json', '{ "type": "module" }');
write('esm/mod.js', 'export default "esm .js"; export const kind = typeof module;');
write('data/x.json', '{ "k": [1, 2] }');
write('bang/run.mjs', '#!/usr/bin/env node\nexport const ok = "shebang";');
write('sp ace/m.mjs', 'export const v = "space";');
write('late/first.js', 'exports.first = typeof module;');
write('late/second.js', 'exports.second = typeof module;');
write('badpkg/package.json', '{ "type": ');
write('badpkg/m.js', 'exports.x = 1;');
write('odd/m.ts', 'export const t = 1;');

const two = await import(at('a/two.mjs'));
console.log('same instance across spellings', two.same);
const one = await import(at('a/one.mjs'));
const oneAgain = await import(`${root}//a/../a/one.mjs`);
console.log('same instance for absolute spellings', one === oneAgain);
one.bump();
console.log('live binding', oneAgain.n);

try {
  fs.symlinkSync(at('a/one.mjs'), at('a/link.mjs'));
  const viaLink = await import(at('a/link.mjs'));
  console.log('symlink resolves to the real file', viaLink === one);
} catch (err) {
  show('symlink', err);
}

const lib = await import(at('cjs/lib.cjs'));
console.log('cjs named', lib.alpha, lib.beta, lib.gamma, Object.keys(lib).sort().join());
const plain = await import(at('cjs/plain.js'));
console.log('cjs .js', plain.delta, plain.default.delta);
const esm = await import(at('esm/mod.js'));
console.log('type module .js', esm.default, esm.kind);

const json = await import(at('data/x.json'), { with: { type: 'json' } });
console.log('json', JSON.stringify(json.default));
try {
  await import(at('data/x.json'));
} catch (err) {
  show('json without attribute', err);
}
try {
  await import(at('a/one.mjs'), { with: { type: 'json' } });
} catch (err) {
  show('module with json attribute', err);
}

console.log('shebang', (await import(at('bang/run.mjs'))).ok);
console.log('percent-encoded', (await import(`${root}/sp%20ace/m.mjs`)).v);
console.log('query and hash', (await import(`${root}/sp ace/m.mjs?x=1#h`)).v);

const first = await import(at('late/first.js'));
console.log('late: first', first.first);
write('late/package.json', '{ "type": "module" }');
const second = await import(at('late/second.js'));
console.log('late: second after package.json created', second.second);

write('late2/first.js', 'exports.first = typeof module;');
write('late2/second.js', 'exports.second = typeof module;');
console.log('late2: required first', createRequire(import.meta.url)(at('late2/first.js')).first);
write('late2/package.json', '{ "type": "module" }');
console.log('late2: imported after package.json created', (await import(at('late2/second.js'))).second);

try {
  await import(at('later/made.mjs'));
} catch (err) {
  show('missing', err);
}
write('later/made.mjs', 'export const made = true;');
console.log('created after a failed import', (await import(at('later/made.mjs'))).made);

for (const [label, spec] of [
  ['directory', at('a')],
  ['trailing slash', `${at('a')}/`],
  ['bad package.json', at('badpkg/m.js')],
  ['unknown extension', at('odd/m.ts')],
]) {
  try {
    await import(spec);
    console.log(label, 'loaded');
  } catch (err) {
    show(label, err);
  }
}
fs.rmSync(root, { recursive: true, force: true });
