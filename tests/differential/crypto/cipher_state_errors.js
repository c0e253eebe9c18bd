// crypto differential: calls in the wrong state: after final, setAAD late, getAuthTag early
const crypto = require('crypto');
function show(label, f) {
  try { const r = f(); console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString('hex') : r && r.constructor.name); }
  catch (e) { console.log(label, e.code, e.name, e.message); }
}
const key = Buffer.alloc(16, 1);
const iv = Buffer.alloc(16, 2);
const gcmIv = iv.subarray(0, 12);
let c = crypto.createCipheriv('aes-128-cbc', key, iv);
c.final();
show('final twice', () => c.final());
show('update after final', () => c.update('x'));
show('setAutoPadding after final', () => c.setAutoPadding(false));
show('setAAD on cbc', () => crypto.createCipheriv('aes-128-cbc', key, iv).setAAD(Buffer.alloc(1)));
show('getAuthTag on cbc', () => crypto.createCipheriv('aes-128-cbc', key, iv).getAuthTag());
show('setAutoPadding returns this', () => crypto.createCipheriv('aes-128-cbc', key, iv).setAutoPadding());
c = crypto.createCipheriv('aes-128-gcm', key, gcmIv);
show('getAuthTag before final', () => c.getAuthTag());
show('setAAD string', () => c.setAAD('aad'));
show('setAAD hex string', () => c.setAAD('00ff', { encoding: 'hex' }));
c.update('data');
show('setAAD after update', () => c.setAAD(Buffer.alloc(1)));
show('setAAD number', () => c.setAAD(1));
c.final();
show('getAuthTag after final', () => c.getAuthTag());
show('getAuthTag again', () => c.getAuthTag());
show('final twice gcm', () => c.final());
show('setAuthTag on cipher', () => typeof c.setAuthTag);
show('getAuthTag on decipher', () => typeof crypto.createDecipheriv('aes-128-gcm', key, gcmIv).getAuthTag);
const d = crypto.createDecipheriv('aes-128-gcm', key, gcmIv);
show('setAuthTag', () => d.setAuthTag(Buffer.alloc(16)));
show('setAuthTag twice', () => d.setAuthTag(Buffer.alloc(16)));
show('setAuthTag number', () => crypto.createDecipheriv('aes-128-gcm', key, gcmIv).setAuthTag(5));
show('setAuthTag on cbc', () => crypto.createDecipheriv('aes-128-cbc', key, iv).setAuthTag(Buffer.alloc(16)));
show('setAAD on ctr', () => crypto.createDecipheriv('aes-128-ctr', key, iv).setAAD(Buffer.alloc(1)));
