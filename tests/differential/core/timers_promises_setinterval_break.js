// Checks the timers/promises setInterval async iterator yields its value each tick and stops on break.
const { setInterval: every } = require('timers/promises');
(async () => {
  let n = 0;
  for await (const v of every(5, 'tick')) {
    n++;
    console.log(n, v);
    if (n === 4) break;
  }
  console.log('loop ended; process should exit');
})();
process.on('exit', () => console.log('exit'));
