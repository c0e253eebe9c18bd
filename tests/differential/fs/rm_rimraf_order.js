// env: UV_THREADPOOL_SIZE=1
// (One pool thread: the async rimraf of 'dir/sub/..' races its children's removals, which only
// the FIFO queue orders then, as in node; with four a loaded machine flipped it.)
// fs.rm as Node's rimraf: without recursive+force the path is lstat'ed first (errors name lstat);
// with both a path that does not lstat is unlinked (sync: unlink's error) or fails with the
// lstat error (callback/promise); a directory is rmdir'ed before its children are touched
// ('.', 'dir/.' fail EINVAL with nothing removed), ENOENT on the final rmdir is success
// ('dir/sub/..'), and 'link-to-dir/' is ENOTDIR (sync) or success (async)
const fs=require('fs');const os=require('os');
const T=fs.mkdtempSync(os.tmpdir()+'/nodeboa-rm-rimraf-');process.chdir(T);
const R=s=>String(s).split(T).join('<T>').split('L'.repeat(300)).join('<LONG>');
const L='L'.repeat(300);
function fx(){for(const e of fs.readdirSync(T))fs.rmSync(T+'/'+e,{recursive:true,force:true});
fs.mkdirSync('dir/sub',{recursive:true});fs.writeFileSync('dir/a','x');fs.writeFileSync('dir/sub/b','x');fs.writeFileSync('file','x');fs.mkdirSync('emptydir');
fs.symlinkSync('nope',T+'/dangling');fs.symlinkSync('dir',T+'/ldir');fs.symlinkSync('file',T+'/lfile');fs.symlinkSync('loopb',T+'/loopa');fs.symlinkSync('loopa',T+'/loopb');}
const cases=[L,'dir/'+L,'missing/deep','file/x','dangling','loopa','loopa/','dir/sub/..','','.','file/','dir/','ldir/','lfile/','emptydir/','dangling/','missing','ldir','dir/sub/b/','dir/.', 'emptydir/.', L+'/x'];
const opts=[undefined,{recursive:true},{force:true},{recursive:true,force:true}];

(async()=>{for(const mode of ['sync','cb','prom'])for(const c of cases)for(const o of opts){
  fx();
  let r;
  try{ if(mode==='sync') r=fs.rmSync(c,o); else if(mode==='cb') r=await new Promise((res,rej)=>fs.rm(c,o||{},(e,v)=>e?rej(e):res(v))); else r=await fs.promises.rm(c,o); r='ok'}
  catch(e){r=[e.code,e.syscall,R(e.path),R(e.message)].join(' ')}
  let ls; try{ls=fs.readdirSync('.').sort().join()+'|'+fs.readdirSync('dir').sort().join()}catch(e){ls=e.code}
  console.log(mode,R(c),JSON.stringify(o),r,ls);
}
process.chdir('/');fs.rmSync(T,{recursive:true})})();
