// stdin: one\ntwo\nthree\n
// fs streams over the standard streams: readline over createReadStream('/dev/stdin'), a stream
// on fd 0 after stdin ended, and write streams to /dev/stdout and fd 2.
const fs = require('fs');
const readline = require('readline');
const rl = readline.createInterface({ input: fs.createReadStream('/dev/stdin') });
const lines = [];
rl.on('line', (l) => lines.push(l));
rl.on('close', () => {
  console.log(lines);
  const s = fs.createReadStream(null, { fd: 0, encoding: 'utf8' });
  s.on('data', (d) => console.log('more', JSON.stringify(d)));
  s.on('end', () => console.log('end'));
  s.on('close', () => {
    console.log('close');
    const ws = fs.createWriteStream('/dev/stdout');
    ws.write('via stream 1\n');
    ws.end('via stream 2\n');
    ws.on('finish', () => console.log('finish'));
    ws.on('close', () => {
      console.log('write stream closed');
      fs.createWriteStream(null, { fd: 2 }).end('to stderr\n', () => console.log('stderr stream ended'));
    });
  });
});
