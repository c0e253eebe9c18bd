// Checks that removing the 'readable' listener lets 'data' listeners flow again.
const { Readable } = require('stream');
const r = new Readable({ objectMode: true, read() {} });
const onReadable = () => console.log('readable');
r.on('readable', onReadable);
r.on('data', (d) => console.log('data', d));
console.log('flowing', r.readableFlowing);
r.push(1);
setTimeout(() => {
  r.removeListener('readable', onReadable);
  setTimeout(() => {
    console.log('flowing', r.readableFlowing);
    r.push(2);
    r.push(null);
  }, 1);
}, 1);
