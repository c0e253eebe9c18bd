// realpath (JS form) remembers the links it has read by inode: a hard link of a symlink met
// again is not stat'ed but followed from where it is met (ENOENT then names lstat and the
// path reached, not stat and the link)
const fs=require('fs');const os=require('os');
const T=fs.mkdtempSync(os.tmpdir()+'/nodeboa-realpath-hardlink-');process.chdir(T);
const R=s=>String(s).split(T).join('<T>');
fs.mkdirSync('dir/sub',{recursive:true});fs.symlinkSync('dir','ldir');fs.linkSync('ldir','dir/new');
fs.symlinkSync('nope','dangling');fs.linkSync('dangling','dir/hd');fs.symlinkSync('sub/../../dir','dir/up');
fs.symlinkSync('loopb','loopa');fs.symlinkSync('loopa','loopb');fs.linkSync('loopa','dir/hl');
(async()=>{for (const c of ['ldir/new','ldir/new/x','dir/new','ldir/hd','dangling','ldir/hd/x','dir/up/new','dir/up/up/sub/x','ldir/hl','dir/hl','ldir/up/hd']) {
  for (const [f,fn] of [['sync',()=>fs.realpathSync(c)],['cb',()=>new Promise((res,rej)=>fs.realpath(c,(e,v)=>e?rej(e):res(v)))]]) {
    try{console.log(f,c,'ok',R(await fn()))}catch(e){console.log(f,c,e.code,e.syscall,R(e.path))}
  }
}
process.chdir('/');fs.rmSync(T,{recursive:true});})();
