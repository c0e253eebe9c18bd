// readFile/writeFile/appendFile of descriptors as Node 20: readFile's callback drops errors
// after its fstat (a write-only or directory descriptor gives empty data), and a descriptor
// not open calls back with Buffer.concat(null)'s TypeError; writeFileSync/appendFileSync of no
// data make no write (no EBADF), the callback forms write once and fail EBADF
const fs=require('fs');const os=require('os');
process.noDeprecation = true;
const T=fs.mkdtempSync(os.tmpdir()+'/nodeboa-readfile-writefile-fd-errors-');process.chdir(T);
const R=s=>String(s).split(T).join('<T>');
function fx(){for(const e of fs.readdirSync(T))fs.rmSync(T+'/'+e,{recursive:true,force:true});
fs.mkdirSync('dir/sub',{recursive:true});fs.writeFileSync('dir/a','x');fs.writeFileSync('file','x');
fs.symlinkSync('dir','ldir');fs.symlinkSync('file','lfile');fs.symlinkSync('nope','dangling');}
const ls=()=>{try{return fs.readdirSync('.').sort().join()+'|'+fs.readdirSync('dir').sort().join()}catch(e){return e.code}};
const err=(e)=>[e.name,e.code,e.syscall,R(e.path),R(e.message).replace(/type number \(\d+\)/,'type number (N)')].join(' ');
(async()=>{
fx();
const wfd=fs.openSync('file','w'); fs.writeSync(wfd,'hello'); const rfd=fs.openSync('file','r'); const dfd=fs.openSync('dir','r');
for (const [l,fd] of [['wfd',wfd],['rfd',rfd],['dfd',dfd],['999',999]]) for (const enc of [undefined,'latin1']) {
  await new Promise((res)=>fs.readFile(fd,enc,(e,d)=>{console.log('readFile cb',l,enc,e?err(e):JSON.stringify(String(d)),Buffer.isBuffer(d));res()}));
  try{console.log('readFileSync',l,enc,JSON.stringify(String(fs.readFileSync(fd,enc))))}catch(e){console.log('readFileSync',l,enc,err(e))}
  try{console.log('readFile prom',l,enc,JSON.stringify(String(await fs.promises.readFile(fd,enc))))}catch(e){console.log('readFile prom',l,enc,err(e))}
}
for (const [l,fd] of [['wfd',wfd],['rfd',rfd],['dfd',dfd],['999',999]]) for (const d of ['', 'ab', Buffer.alloc(0)]) {
  await new Promise((res)=>fs.writeFile(fd,d,(e)=>{console.log('writeFile cb',l,JSON.stringify(String(d)),e?err(e):'ok');res()}));
  try{fs.writeFileSync(fd,d);console.log('writeFileSync',l,JSON.stringify(String(d)),'ok')}catch(e){console.log('writeFileSync',l,JSON.stringify(String(d)),err(e))}
  await new Promise((res)=>fs.appendFile(fd,d,(e)=>{console.log('appendFile cb',l,JSON.stringify(String(d)),e?err(e):'ok');res()}));
  try{fs.appendFileSync(fd,d);console.log('appendFileSync',l,JSON.stringify(String(d)),'ok')}catch(e){console.log('appendFileSync',l,JSON.stringify(String(d)),err(e))}
}
console.log(JSON.stringify(fs.readFileSync('file','latin1')));
process.chdir('/');fs.rmSync(T,{recursive:true});
})();
