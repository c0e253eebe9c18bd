// fs.symlink with a bad type string throws at the call (ERR_FS_INVALID_SYMLINK_TYPE), not
// through the callback; the promise form rejects
const fs=require('fs');const os=require('os');
process.noDeprecation = true;
const T=fs.mkdtempSync(os.tmpdir()+'/nodeboa-symlink-cb-type-throws-');process.chdir(T);
const R=s=>String(s).split(T).join('<T>');
function fx(){for(const e of fs.readdirSync(T))fs.rmSync(T+'/'+e,{recursive:true,force:true});
fs.mkdirSync('dir/sub',{recursive:true});fs.writeFileSync('dir/a','x');fs.writeFileSync('file','x');
fs.symlinkSync('dir','ldir');fs.symlinkSync('file','lfile');fs.symlinkSync('nope','dangling');}
const ls=()=>{try{return fs.readdirSync('.').sort().join()+'|'+fs.readdirSync('dir').sort().join()}catch(e){return e.code}};
const err=(e)=>[e.name,e.code,e.syscall,R(e.path),R(e.message).replace(/type number \(\d+\)/,'type number (N)')].join(' ');
(async()=>{
fx();
for (const t of ['bad', 'dir', 'junction', null, undefined, 5]) {
  try { fs.symlink('file', 'x-' + t, t, (e) => console.log('symlink cb', t, e ? e.code : 'ok')); console.log('symlink called', t); } catch (e) { console.log('symlink threw', t, err(e)); }
  await new Promise((r) => setTimeout(r, 5));
  try { await fs.promises.symlink('file', 'y-' + t, t); console.log('symlink prom ok', t); } catch (e) { console.log('symlink prom', t, err(e)); }
}
process.chdir('/');fs.rmSync(T,{recursive:true});
})();
