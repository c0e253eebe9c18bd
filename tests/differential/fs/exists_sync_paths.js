// existsSync: strings (absolute, relative, empty, with NUL, through a file), Buffers, URLs, and
// values that are not paths (false, never a throw).
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-exists-sync-paths-');
fs.writeFileSync(`${d}/file`, 'x');
fs.symlinkSync(`${d}/missing`, `${d}/dangling`);
process.chdir(d);
const paths = [d, `${d}/file`, `${d}/missing`, `${d}/file/below`, `${d}/dangling`, '', 'file', './file', 'missing',
  '.', `${d}/\0file`, 42, undefined, null, {}, Buffer.from(`${d}/file`), new URL(`file://${d}/file`)];
for (const p of paths) console.log(JSON.stringify(String(p).split(d).join('<tmp>')), fs.existsSync(p));
process.chdir('/');
fs.rmSync(d, { recursive: true, force: true });
