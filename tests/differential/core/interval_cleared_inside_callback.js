// Checks that a setInterval cleared inside its own callback after N runs stops and lets the process exit.
let runs = 0;
const iv = setInterval(() => {
  runs++;
  console.log('tick', runs);
  if (runs === 5) {
    clearInterval(iv);
    console.log('cleared');
  }
}, 2);
process.on('exit', () => console.log('exit after', runs, 'runs'));
