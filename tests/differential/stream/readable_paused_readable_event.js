// Checks paused mode: 'readable' events with read() returning buffered objects then null.
const { Readable } = require('stream');
const r = new Readable({ objectMode: true, read() {} });
r.push(1);
r.push(2);
r.on('readable', () => {
  let c;
  const got = [];
  while ((c = r.read()) !== null) got.push(c);
  console.log('readable', JSON.stringify(got), r.readableLength);
});
r.on('end', () => console.log('end'));
setTimeout(() => { r.push(3); r.push(null); }, 5);
