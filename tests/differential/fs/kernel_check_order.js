// the order Linux checks things in, seen through fs: an empty symlink target is ENOENT before
// the link path is looked at; an over-long last name fails only when it is looked up (rename
// looks up its source first: ENOENT/EBUSY win; open/copyFile/writeFile of 'long/' stop at the
// trailing slash with EISDIR); O_DIRECTORY|O_NOFOLLOW on a symlink is ENOTDIR, not ELOOP
const fs=require('fs');const os=require('os');
const T=fs.mkdtempSync(os.tmpdir()+'/nodeboa-check-order-');process.chdir(T);
const L='L'.repeat(300);
const R=s=>String(s).split(T).join('<T>').split(L).join('<LONG>');
fs.mkdirSync('dir/sub',{recursive:true});fs.writeFileSync('file','x');fs.writeFileSync('dir/a','x');
fs.symlinkSync('nope','dangling');fs.symlinkSync('dir','ldir');fs.symlinkSync('loopb','loopa');fs.symlinkSync('loopa','loopb');fs.symlinkSync('file','lfile');
const sh=(l,f)=>{try{console.log(l,'ok',R(f()))}catch(e){console.log(l,e.code,e.syscall,R(e.message))}};
const C=fs.constants;
for (const t of ['', 'file', L]) for (const p of ['file','dir','missing','file/x','missing/x',L,'dir/'+L, L+'/x', 'dangling', 'new/']) sh(`symlink ${R(t)} ${R(p)}`,()=>fs.symlinkSync(t,p));
for (const a of ['missing','.','file','dir','dir/sub/..',L,'dir/'+L,'file/x','dangling']) for (const b of ['missing/x',L,'dir/'+L,'file/x',L+'/', 'file/', 'dir/a/']) { sh(`rename ${R(a)} ${R(b)}`,()=>fs.renameSync(a,b)); }
for (const a of ['missing','file','dir',L]) for (const b of [L,'dir/'+L,L+'/', 'file/x']) sh(`link ${R(a)} ${R(b)}`,()=>fs.linkSync(a,b));
for (const p of [L,L+'/','dir/'+L+'/','file/'+L+'/','missing/'+L+'/', L+'/x']) for (const f of ['r','w','wx','a+',C.O_RDONLY|C.O_DIRECTORY, C.O_CREAT|C.O_WRONLY|C.O_EXCL]) sh(`open ${R(p)} ${f}`,()=>{const fd=fs.openSync(p,f);fs.closeSync(fd);return 'fd'});
for (const p of ['dangling','lfile','ldir','loopa','file','dir']) for (const f of [C.O_DIRECTORY|C.O_NOFOLLOW, C.O_NOFOLLOW, C.O_DIRECTORY|C.O_NOFOLLOW|C.O_WRONLY, C.O_NOFOLLOW|C.O_CREAT|C.O_WRONLY, C.O_NOFOLLOW|C.O_TRUNC]) sh(`open ${p} ${f}`,()=>{const fd=fs.openSync(p,f);fs.closeSync(fd);return 'fd'});
for (const p of [L,L+'/','dir/'+L+'/']) { sh('copyFile '+R(p),()=>fs.copyFileSync('file',p)); sh('mkdir '+R(p),()=>fs.mkdirSync(p)); sh('writeFile '+R(p),()=>fs.writeFileSync(p,'x')); sh('stat '+R(p),()=>fs.statSync(p).size); sh('unlink '+R(p),()=>fs.unlinkSync(p)); sh('rmdir '+R(p),()=>fs.rmdirSync(p)); sh('trunc '+R(p),()=>fs.truncateSync(p));sh('mkdtemp '+R(p),()=>fs.mkdtempSync(p).length);}
process.chdir('/');fs.rmSync(T,{recursive:true});
