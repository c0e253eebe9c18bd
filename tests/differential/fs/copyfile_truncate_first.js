// copyFile as libuv: the destination (a symlink's target too) is opened, truncated and given
// the source's mode before any byte is copied, so copying a directory (EISDIR) leaves it
// empty with the directory's mode (and removes the link it opened through); a destination
// that is the source (or a hard link of it) is left alone; FICLONE_FORCE is ENOTSUP
const fs=require('fs');const os=require('os');
const T=fs.mkdtempSync(os.tmpdir()+'/nodeboa-copyfile-order-');process.chdir(T);
const st=(p)=>{try{const s=fs.statSync(p);return (s.mode&0o777).toString(8)+' '+s.size+' '+fs.readFileSync(p,'latin1')}catch(e){return e.code}};
const sh=(l,f)=>{try{f();console.log(l,'ok')}catch(e){console.log(l,e.code,e.syscall)}};
fs.mkdirSync('d700',{mode:0o700}); fs.mkdirSync('d755'); fs.writeFileSync('a','aaa',{mode:0o640});
for (const [src, excl] of [['d700',0],['d755',0],['d700',1],['a',0],['a',1]]) {
  fs.writeFileSync('t','target',{mode:0o600}); try{fs.unlinkSync('l')}catch{}; fs.symlinkSync('t','l');
  sh(`copy ${src} ->t ${excl}`,()=>fs.copyFileSync(src,'t',excl)); console.log(' t:',st('t'));
  fs.writeFileSync('t','target',{mode:0o600}); fs.chmodSync('t',0o600);
  sh(`copy ${src} ->l ${excl}`,()=>fs.copyFileSync(src,'l',excl)); console.log(' t:',st('t'), 'l:', fs.existsSync('l'));
  try{fs.unlinkSync('n')}catch{}
  sh(`copy ${src} ->new ${excl}`,()=>fs.copyFileSync(src,'n',excl)); console.log(' n:',st('n'));
}
fs.writeFileSync('t','target',{mode:0o600});
sh('self',()=>fs.copyFileSync('t','t')); console.log(st('t'));
fs.linkSync('t','h'); sh('hardlink',()=>fs.copyFileSync('t','h')); console.log(st('t'));
sh('ficlone_force',()=>fs.copyFileSync('a','t',fs.constants.COPYFILE_FICLONE_FORCE)); console.log(st('t'));
process.chdir('/');fs.rmSync(T,{recursive:true});
