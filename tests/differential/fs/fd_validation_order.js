// descriptor checks in Node's order: writeFileSync/appendFileSync take any int32 as a descriptor
// (a negative one fails EBADF at the write, or not at all for no data) where the callback
// forms throw ERR_OUT_OF_RANGE at the call; other data than a utf8 string is checked
// (ERR_OUT_OF_RANGE) when there is any; ftruncateSync checks the length before the descriptor
const fs=require('fs');
const t=(l,f)=>{try{console.log(l,'ok',f())}catch(e){console.log(l,e.code,e.syscall,e.message)}};
for (const fd of [-1, -2, 2**31, 1.5]) {
t('wfs '+fd,()=>fs.writeFileSync(fd,'x'));
t('wfs0 '+fd,()=>fs.writeFileSync(fd,''));
t('afs '+fd,()=>fs.appendFileSync(fd,'x'));
t('rfs '+fd,()=>fs.readFileSync(fd));
t('ftr '+fd,()=>fs.ftruncateSync(fd,1.5));
t('ftr2 '+fd,()=>fs.ftruncateSync(fd,-1));
t('ftr3 '+fd,()=>fs.ftruncateSync(fd,'3'));
t('fstat '+fd,()=>fs.fstatSync(fd));
}

for (const fd of [-1, 2**31]) for (const d of ['', 'x']) for (const f of ['writeFile','appendFile']) {
  try { fs[f](fd, d, (e) => console.log('cb', f, fd, JSON.stringify(d), e && e.code, e && e.syscall)); console.log('called', f, fd, JSON.stringify(d)); } catch (e) { console.log('threw', f, fd, JSON.stringify(d), e.code, e.message); }
}

for (const fd of [-1, 999]) for (const [dl, d] of [['str','x'],['empty',''],['buf',Buffer.from('x')],['ebuf',Buffer.alloc(0)],['u8',new Uint8Array([1])]]) for (const enc of [undefined,'utf8','utf-8','UTF8','latin1','hex']) {
  t(`wfs ${fd} ${dl} ${enc}`,()=>fs.writeFileSync(fd,d,enc));
  t(`afs ${fd} ${dl} ${enc}`,()=>fs.appendFileSync(fd,d,enc));
}
