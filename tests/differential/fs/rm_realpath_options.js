// rm/rmdir option validation, realpath's string coercion (sync) and native form (promises),
// symlink types, truncate's order of checks.
const fs = require('fs'); const fsp = fs.promises;
const t = (name, f) => { try { const v = f(); console.log(name, 'ok', v === undefined ? '' : JSON.stringify(v)); } catch (e) { console.log(name, e.code, e.syscall, String(e.message).split(d).join('<d>')); } };
const d = fs.mkdtempSync('/tmp/nodeboa-fs-rm-realpath-options-');
fs.mkdirSync(d + '/e');
t('rmdir opts retries', () => fs.rmdirSync(d + '/e', { maxRetries: -1 }));
t('rmdir opts null', () => fs.rmdirSync(d + '/e', null));
t('rm opts null', () => fs.rmSync(d + '/nope', null));
t('rm opts undefined rec', () => fs.rmSync(d + '/nope', { recursive: undefined, force: true }));
t('rm opts str', () => fs.rmSync(d + '/nope', 'x'));
t('rm retryDelay', () => fs.rmSync(d + '/nope', { retryDelay: -1 }));
t('rm force missing', () => fs.rmSync(d + '/nope', { force: true }));
t('realpath buffer', () => fs.realpathSync(Buffer.from(d)).startsWith('/tmp'));
t('realpath num', () => fs.realpathSync(42));
t('writev empty', () => { const fd = fs.openSync(d + '/f', 'w'); try { return fs.writevSync(fd, []); } finally { fs.closeSync(fd); } });
t('readv pos str', () => { const fd = fs.openSync(d + '/f', 'r'); try { return fs.readvSync(fd, [Buffer.alloc(2)], 'x'); } finally { fs.closeSync(fd); } });
(async () => {
  for (const [n, f] of [['p realpath null', () => fsp.realpath(null)], ['p realpath missing', () => fsp.realpath(d + '/nope/x')],
    ['p rm null opts', () => fsp.rm(d + '/nope', null)], ['p rmdir missing', () => fsp.rmdir(d + '/nope')],
    ['p symlink bad', () => fsp.symlink('a', d + '/l', 'bad')], ['p truncate missing', () => fsp.truncate(d + '/nope', 'a')]]) {
    try { console.log(n, 'ok', await f()); } catch (e) { console.log(n, e.code, e.syscall, e.message.split(d).join('<d>')); }
  }
  fs.rmSync(d, { recursive: true });
})();
