// zlib differential: inflate stops at the end of a zlib stream; extra input ends the readable side
const zlib = require('zlib');
const inf = zlib.createInflate();
const out = [];
inf.on('data', (c) => out.push(c));
inf.on('end', () => console.log('end', Buffer.concat(out).toString()));
inf.on('error', (e) => console.log('error', e.message));
inf.end(Buffer.concat([zlib.deflateSync('payload'), Buffer.from('trailing')]));
