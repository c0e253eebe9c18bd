// open with O_CREAT of a path whose last component is '.' or '..' with a trailing slash
// ('dir/./', 'a/b/../../'): Linux opens it as it stands, so O_EXCL says EEXIST (not EISDIR,
// which only a normal name with a trailing slash gets); read/write positions alongside
const fs=require('fs');const os=require('os');
const T=fs.mkdtempSync(os.tmpdir()+'/nodeboa-open-dot-slash-');process.chdir(T);
fs.mkdirSync('dir/sub',{recursive:true});fs.writeFileSync('file','x');fs.symlinkSync('dir','ldir');fs.symlinkSync('nope','dangling');
const R=s=>String(s).split(T).join('<T>');
for (const p of ['dir/sub/../../','dir/sub/..','.','./','dir/.','dir/./','..', 'ldir/', 'ldir/.', 'ldir/..', 'file/.', 'file/..', 'dangling/', 'dangling/.', 'missing/.', 'missing/..', '/', '//'])
 for (const f of ['wx','w','r','a+','ax+','r+']) { try{const fd=fs.openSync(p,f);fs.closeSync(fd);console.log(p,f,'ok')}catch(e){console.log(p,f,e.code)} }
const fd = fs.openSync('file','r+');
for (const pos of [-1, null, undefined, 0, 1, -2, 2**53, 1.5, 10n, -1n]) { const b=Buffer.alloc(4); try{console.log('read',String(pos),fs.readSync(fd,b,0,4,pos),b)}catch(e){console.log('read',String(pos),e.code,e.message)} }
for (const pos of [-1, null, 0, -2, 1.5, 10n]) { try{console.log('write',String(pos),fs.writeSync(fd,'ab',pos), fs.readFileSync('file','latin1'))}catch(e){console.log('write',String(pos),e.code,e.message)} }
process.chdir('/');fs.rmSync(T,{recursive:true});
