// fs/promises argument checks under a spread of argument patterns, each awaited in turn: a
// descriptor number is no path (readFile, writeFile, appendFile, truncate), rmdir validates its
// options, statfs reads options.bigint, appendFile checks its data before its path; mkdir (every
// form) checks the path, then options.recursive, then the mode.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-p-arg-checks-');
const r = (s) => String(s).split(d).join('<tmp>');
// Relative names ('x') are made by some patterns: they land in the temporary directory.
process.chdir(d);
const P = d + '/f';
const Q = d + '/g';
const BAD = 2 ** 30;
const fsp = fs.promises;
const patterns = [[], [BAD], [P], [P, 'x'], [P, 5], [P, {}, 'x'], [P, 'x', 'y'], [P, 1, 'x'], [P, 1, 1, 'x'], [P, 1, 1],
  [P, null], [P, {}], [P, undefined, undefined], [P, Q], [P, Q, 'x'], [P, { bigint: 1 }], [P, { encoding: 'bogus' }],
  [P, { flag: 'q' }], [P, { mode: 'q' }], [P, 1.5], [BAD, 'x']];
const fmt = (a) => a.map((x) => (x === P ? 'P' : x === Q ? 'Q' : x === BAD ? 'BAD' : JSON.stringify(x))).join(',');
for (const f of [() => fs.mkdirSync(BAD, 'x'), () => fs.mkdirSync(BAD, { recursive: 1 }),
  () => fs.mkdirSync(d + '/m', { recursive: 1, mode: 'x' }), () => fs.mkdir(BAD, 'x', () => {}),
  () => fs.mkdir(d + '/m', { recursive: 1, mode: 'x' }, () => {})]) {
  try {
    f();
  } catch (e) {
    console.log('mkdir', e.code, e.message);
  }
}
(async () => {
  for (const name of Object.keys(fsp)) {
    if (typeof fsp[name] !== 'function' || name === 'watch') continue;
    for (const args of patterns) {
      fs.writeFileSync(P, 'abc');
      fs.rmSync(Q, { force: true, recursive: true });
      let out;
      try {
        const v = await fsp[name](...args);
        out = `ok ${v === undefined ? '' : typeof v}`;
        if (v && typeof v.close === 'function') await v.close();
      } catch (e) {
        out = e.code ? `${e.code} ${r(e.message)}` : e.name;
      }
      console.log(`${name}(${fmt(args)})`, out);
    }
  }
  process.chdir('/');
  fs.rmSync(d, { recursive: true, force: true });
})();
