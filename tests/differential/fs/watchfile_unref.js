// A watchFile poller with persistent: false, or unref()'d, lets the process exit.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-watchfile-unref-');
fs.writeFileSync(d + '/a', 'x');
fs.watchFile(d + '/a', { persistent: false, interval: 5 }, () => console.log('never'));
fs.watchFile(d + '/b', { interval: 5 }, () => {}).unref();
setTimeout(() => console.log('timer'), 20);
process.on('exit', (c) => { console.log('exit', c); fs.rmSync(d, { recursive: true, force: true }); });
