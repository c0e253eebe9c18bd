// Checks pause()/resume()/isPaused() and 'pause'/'resume' events while flowing.
const { Readable } = require('stream');
const r = new Readable({ objectMode: true, read() {} });
r.on('pause', () => console.log('event pause'));
r.on('resume', () => console.log('event resume'));
console.log('initial', r.isPaused(), r.readableFlowing);
r.on('data', (d) => {
  console.log('data', d);
  if (d === 1) {
    r.pause();
    console.log('paused', r.isPaused(), r.readableFlowing);
    setTimeout(() => { console.log('resuming'); r.resume(); }, 5);
  }
});
console.log('after on', r.isPaused(), r.readableFlowing);
r.push(1); r.push(2); r.push(3); r.push(null);
r.on('end', () => console.log('end'));
