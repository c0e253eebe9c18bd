// createReadStream emits open, ready, data, end and close in order
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-rs-events-');
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
fs.writeFileSync(d + '/f', 'hello stream');
const rs = fs.createReadStream(d + '/f', { encoding: 'utf8' });
const log = [];
rs.on('open', (fd) => log.push('open ' + typeof fd));
rs.on('ready', () => log.push('ready'));
rs.on('data', (c) => log.push('data ' + c));
rs.on('end', () => log.push('end'));
rs.on('close', () => { log.push('close'); console.log(log.join('|'), rs.bytesRead); cleanup(); });
