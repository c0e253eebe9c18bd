// writing zero bytes at a position past the end (writeSync, write, FileHandle.write) changes
// nothing: no zero-fill up to the position, no size change, no move of the file offset
const fs=require('fs');const os=require('os');
const T=fs.mkdtempSync(os.tmpdir()+'/nodeboa-write-empty-');process.chdir(T);
const show=(l)=>console.log(l, JSON.stringify(fs.readFileSync('f','latin1')), fs.statSync('f').size);
for (const flag of ['w','a','r+','a+']) {
  fs.writeFileSync('f','ab');
  const fd=fs.openSync('f',flag);
  for (const [d,p] of [['',5],['',null],[Buffer.alloc(0),7],['',undefined],['x',null],['',9],[new Uint8Array(0),3]]) {
    try{console.log(flag,'write',JSON.stringify(String(d)),p,fs.writeSync(fd,d,p))}catch(e){console.log(flag,'write',e.code)}
    show(' ->');
  }
  const b=Buffer.alloc(10); try{console.log(' read cur',fs.readSync(fd,b,0,10,null))}catch(e){console.log(' read',e.code)}
  fs.closeSync(fd);
}
const fd=fs.openSync('f','w');
fs.write(fd,'',4,(e,n)=>{console.log('cb',e,n);show('cb ->');
fs.promises.open('f','r+').then(async h=>{console.log('fh',(await h.write('',6)).bytesWritten);show('fh ->');await h.close();fs.closeSync(fd);process.chdir('/');fs.rmSync(T,{recursive:true});});});
