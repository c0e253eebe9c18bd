// realpath (JS form, sync/callback): a failing path is walked component by component under its
// real parents: lstat failures name lstat and the absolute path reached (ENAMETOOLONG too), a
// dangling or looping symlink names stat and the link's absolute path; the promise form is
// the native realpath
const fs=require('fs');const os=require('os');
const T=fs.mkdtempSync(os.tmpdir()+'/nodeboa-realpath-walk-');process.chdir(T);
const L='L'.repeat(300);
const R=s=>String(s).split(T).join('<T>').split(L).join('<LONG>');
fs.mkdirSync('dir/sub',{recursive:true});fs.writeFileSync('file','x');
fs.symlinkSync('nope','dangling');fs.symlinkSync('dir','ldir');fs.symlinkSync('loopb','loopa');fs.symlinkSync('loopa','loopb');fs.symlinkSync('file','lfile');fs.symlinkSync('dangling/x','ldang2');
const cases=['missing','missing/deep','dir/missing','ldir/new','ldir/new/x','file/x','lfile/x','file/','lfile/','dangling','dangling/x','loopa','loopa/x','ldir/../file',L,'dir/'+L,L+'/x','ldir/'+L,'ldang2','', '.', 'dir//sub/', T+'/ldir/sub/../missing'];
(async()=>{for(const c of cases){
 const out=[];
 for (const f of [()=>fs.realpathSync(c), ()=>new Promise((res,rej)=>fs.realpath(c,(e,v)=>e?rej(e):res(v))), ()=>fs.promises.realpath(c)]) {
  try{out.push('ok '+R(await f()))}catch(e){out.push([e.code,e.syscall,R(e.path),R(e.message)].join(' '))}
 }
 console.log(JSON.stringify(R(c)), out[0]); if(out[1]!==out[0])console.log('  cb',out[1]); console.log('  pr',out[2]);
}
process.chdir('/');fs.rmSync(T,{recursive:true})})();
