// zlib differential: chained zlib callbacks and a stream write callback sequence
const zlib = require('zlib');
const log = [];
zlib.deflate('one', (e, a) => {
  log.push('deflate');
  zlib.inflate(a, (e2, b) => {
    log.push('inflate ' + b);
    const g = zlib.createGzip();
    g.resume();
    g.write('x', () => {
      log.push('write cb');
      g.end(() => { log.push('end cb'); console.log(log.join(', ')); });
    });
  });
});
