// Links (hard, symbolic, dangling, loops), cp over existing links (Node's onLink), readdir's
// recursive forms, process.umask on new files, modes, an aborted readFile signal, opendir iteration.
const fs = require('fs'); const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-links-cp-umask-');
const r = (s) => String(s).split(d).join('<d>');
const t = (name, f) => { try { const v = f(); console.log(name, 'ok', r(v === undefined ? '' : JSON.stringify(v))); } catch (e) { console.log(name, e.code, e.syscall, r(e.message)); } };
fs.mkdirSync(d + '/a/b', { recursive: true }); fs.writeFileSync(d + '/a/f1', '1'); fs.writeFileSync(d + '/a/b/f2', '22'); fs.symlinkSync('f1', d + '/a/l1');
t('readdir rec types', () => fs.readdirSync(d + '/a', { recursive: true, withFileTypes: true }).map((e) => [r(e.parentPath), e.name, e.isFile(), e.isSymbolicLink()]).sort());
t('readdir rec buffer', () => fs.readdirSync(d + '/a', { recursive: true, encoding: 'buffer' }).map(String).sort());
t('cp errorOnExist', () => { fs.cpSync(d + '/a', d + '/c', { recursive: true }); fs.cpSync(d + '/a', d + '/c', { recursive: true, force: false, errorOnExist: true }); });
t('cp force false', () => { fs.cpSync(d + '/a', d + '/c', { recursive: true, force: false }); return fs.readdirSync(d + '/c').sort(); });
t('cp symlink kept', () => fs.readlinkSync(d + '/c/l1'));
t('cp deref', () => { fs.cpSync(d + '/a', d + '/e', { recursive: true, dereference: true }); return fs.lstatSync(d + '/e/l1').isFile(); });
t('cp file to dir', () => fs.cpSync(d + '/a/f1', d + '/c'));
t('cp preserveTimestamps', () => { fs.utimesSync(d + '/a/f1', 1000, 2000); fs.cpSync(d + '/a/f1', d + '/g', { preserveTimestamps: true }); return fs.statSync(d + '/g').mtimeMs; });
t('mkdtemp buffer', () => typeof fs.mkdtempSync(d + '/t-', 'buffer'));
t('mkdtemp len', () => r(fs.mkdtempSync(d + '/t-')).length);
t('link count', () => { fs.linkSync(d + '/a/f1', d + '/h'); return [fs.statSync(d + '/h').nlink, fs.statSync(d + '/a/f1').ino === fs.statSync(d + '/h').ino]; });
t('rename over link', () => { fs.renameSync(d + '/h', d + '/a/f1'); return fs.statSync(d + '/a/f1').nlink; });
t('symlink loop', () => { fs.symlinkSync('loop2', d + '/loop1'); fs.symlinkSync('loop1', d + '/loop2'); return fs.readFileSync(d + '/loop1'); });
t('symlink loop stat', () => fs.statSync(d + '/loop1'));
t('realpath loop', () => fs.realpathSync(d + '/loop1'));
t('realpath native loop', () => fs.realpathSync.native(d + '/loop1'));
t('dangling', () => { fs.symlinkSync('nowhere', d + '/dang'); return [fs.existsSync(d + '/dang'), fs.lstatSync(d + '/dang').isSymbolicLink()]; });
t('write through dangling', () => { fs.writeFileSync(d + '/dang', 'x'); return fs.readFileSync(d + '/nowhere', 'utf8'); });
t('open excl dangling', () => { fs.symlinkSync('nowhere2', d + '/dang2'); return fs.openSync(d + '/dang2', 'wx'); });
t('rmdir symlink to dir', () => { fs.symlinkSync('a', d + '/ld'); fs.rmdirSync(d + '/ld'); });
t('unlink symlink to dir', () => { fs.unlinkSync(d + '/ld'); return fs.existsSync(d + '/a'); });
t('readdir trailing slash', () => fs.readdirSync(d + '/a/').length);
t('stat dir trailing slashes', () => fs.statSync(d + '/a///').isDirectory());
t('mkdir trailing', () => fs.mkdirSync(d + '/m/'));
t('access W', () => fs.accessSync(d + '/m', fs.constants.W_OK));
t('stat mode dir', () => (fs.statSync(d + '/m').mode).toString(8));
t('umask', () => { const old = process.umask(0o077); fs.writeFileSync(d + '/um', 'x'); process.umask(old); return (fs.statSync(d + '/um').mode & 0o777).toString(8); });
t('open mode', () => { fs.closeSync(fs.openSync(d + '/om', 'w', 0o600)); return (fs.statSync(d + '/om').mode & 0o777).toString(8); });
t('append creates', () => { fs.appendFileSync(d + '/ap', 'a', { mode: 0o640 }); return (fs.statSync(d + '/ap').mode & 0o777).toString(8); });
(async () => {
  const ac = new AbortController(); ac.abort();
  try { await fsp.readFile(d + '/a/f1', { signal: ac.signal }); } catch (e) { console.log('abort', e.name, e.code, e.message); }
  fs.readFile(d + '/a/f1', { signal: ac.signal }, (e) => console.log('abort cb', e.name, e.code));
  const dir = await fsp.opendir(d + '/a');
  const names = []; for await (const e of dir) names.push(e.name);
  console.log('opendir', names.sort());
  try { await dir.close(); } catch (e) { console.log('close after iter', e.code, e.message); }
  setTimeout(() => fs.rmSync(d, { recursive: true }), 10);
})();
