// createWriteStream writes, finishes and closes
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-ws-events-');
const r = (s) => String(s).split(d).join('<tmp>');
const show = (f) => {
  try {
    const v = f();
    console.log('ok', v === undefined ? '' : r(typeof v === 'string' ? v : JSON.stringify(v)));
  } catch (e) {
    console.log(e.code, e.syscall, e.errno, r(e.message));
  }
};
const cleanup = () => fs.rmSync(d, { recursive: true, force: true });
const ws = fs.createWriteStream(d + '/f');
const log = [];
ws.on('open', () => log.push('open'));
ws.on('ready', () => log.push('ready'));
ws.on('finish', () => log.push('finish'));
ws.on('close', () => {
  log.push('close');
  console.log(log.join('|'), ws.bytesWritten, fs.readFileSync(d + '/f', 'utf8'));
  cleanup();
});
ws.write('one ');
ws.write('two ');
ws.end('three');
