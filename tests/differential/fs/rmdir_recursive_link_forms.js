// rmdir({ recursive: true }) of links and slashes: the callback form removes a directory as
// the async rimraf ('ldir/' succeeds), the promise form stats through a symlink to a directory
// and removes the link, the sync form fails ENOTDIR for both
const fs=require('fs');const os=require('os');
process.noDeprecation = true;
const T=fs.mkdtempSync(os.tmpdir()+'/nodeboa-rmdir-recursive-link-forms-');process.chdir(T);
const R=s=>String(s).split(T).join('<T>');
function fx(){for(const e of fs.readdirSync(T))fs.rmSync(T+'/'+e,{recursive:true,force:true});
fs.mkdirSync('dir/sub',{recursive:true});fs.writeFileSync('dir/a','x');fs.writeFileSync('file','x');
fs.symlinkSync('dir','ldir');fs.symlinkSync('file','lfile');fs.symlinkSync('nope','dangling');}
const ls=()=>{try{return fs.readdirSync('.').sort().join()+'|'+fs.readdirSync('dir').sort().join()}catch(e){return e.code}};
const err=(e)=>[e.name,e.code,e.syscall,R(e.path),R(e.message).replace(/type number \(\d+\)/,'type number (N)')].join(' ');
(async()=>{
for (const mode of ['sync','cb','prom']) for (const p of ['ldir','ldir/','lfile','dangling','dir/','dir/a/','missing','dir/.']) {
  fx(); let r;
  try{ if(mode==='sync') fs.rmdirSync(p,{recursive:true}); else if(mode==='cb') await new Promise((res,rej)=>fs.rmdir(p,{recursive:true},(e)=>e?rej(e):res())); else await fs.promises.rmdir(p,{recursive:true}); r='ok'}catch(e){r=err(e)}
  console.log('rmdir',mode,p,r,ls());
}
process.chdir('/');fs.rmSync(T,{recursive:true});
})();
