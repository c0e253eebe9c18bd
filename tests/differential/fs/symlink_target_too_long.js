// A symlink's target may hold up to 4095 bytes (PATH_MAX less the NUL); a longer one is
// ENAMETOOLONG, checked before the link's own path (so even where the link exists).
const fs = require('fs');
const dir = fs.mkdtempSync('/tmp/nodeboa-fs-symlink-long-target-');
const hide = (s) => String(s).split(dir).join('<tmp>');
const short = (s) => (s.length > 120 ? `${s.slice(0, 60)}...${s.slice(-60)}` : s);
const attempt = (label, op) => {
  try {
    const v = op();
    console.log(label, 'ok', v === undefined ? '' : v);
  } catch (e) {
    console.log(label, e.code, e.errno, e.syscall, short(hide(e.message)), e.path && e.path.length, hide(e.dest));
  }
};
attempt('4095 bytes', () => fs.symlinkSync('t'.repeat(4095), `${dir}/a`));
attempt('read back', () => fs.readlinkSync(`${dir}/a`).length);
attempt('4096 bytes', () => fs.symlinkSync('t'.repeat(4096), `${dir}/b`));
attempt('4096 multibyte', () => fs.symlinkSync('\u00e9'.repeat(2048), `${dir}/c`));
attempt('2047 multibyte', () => fs.symlinkSync('\u00e9'.repeat(2047), `${dir}/d`));
attempt('too long over an existing link', () => fs.symlinkSync('t'.repeat(5000), `${dir}/a`));
attempt('too long into a missing directory', () => fs.symlinkSync('t'.repeat(5000), `${dir}/no/e`));
attempt('exists', () => fs.existsSync(`${dir}/b`));
fs.symlink('u'.repeat(4096), `${dir}/f`, (err) => {
  console.log('callback', err.code, err.syscall);
  fs.promises.symlink(Buffer.alloc(4096, 'v'), `${dir}/g`).catch((e) => {
    console.log('promise', e.code, e.syscall);
    fs.rmSync(dir, { recursive: true });
  });
});
