// The files and directories a process makes are owned by it: stat's uid/gid are process.getuid()
// and getgid() (and os.userInfo()'s), for every way of making one.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'owner-'));
const made = {
  file: () => fs.writeFileSync(path.join(dir, 'f'), 'x'),
  dir: () => fs.mkdirSync(path.join(dir, 'd')),
  opened: () => fs.closeSync(fs.openSync(path.join(dir, 'o'), 'w')),
  copy: () => fs.copyFileSync(path.join(dir, 'f'), path.join(dir, 'c')),
  link: () => fs.symlinkSync('f', path.join(dir, 'l')),
};
const uid = process.getuid();
const gid = process.getgid();
console.log(Number.isInteger(uid), uid === process.geteuid(), gid === process.getegid());
console.log(os.userInfo().uid === uid, os.userInfo().gid === gid, process.getgroups().includes(gid));
for (const [name, make] of Object.entries(made)) {
  make();
  const s = fs.lstatSync(path.join(dir, { file: 'f', dir: 'd', opened: 'o', copy: 'c', link: 'l' }[name]));
  console.log(name, s.uid === uid, s.gid === gid);
}
console.log('tmpdir', fs.statSync(dir).uid === uid);
// The working directory is the user's (writable), /tmp and /dev/null are root's.
fs.accessSync('.', fs.constants.R_OK | fs.constants.W_OK);
console.log('cwd', fs.statSync('.').uid === uid, fs.statSync('/tmp').uid, fs.statSync('/dev/null').uid);
fs.rmSync(dir, { recursive: true });
