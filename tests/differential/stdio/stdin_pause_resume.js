// stdin: x\n
// Checks pausing stdin and resuming it later still delivers the data and 'end'.
process.stdin.setEncoding('utf8');
process.stdin.pause();
console.log('paused', process.stdin.isPaused());
setTimeout(() => {
  process.stdin.on('data', (d) => console.log('data', JSON.stringify(d)));
  process.stdin.on('end', () => console.log('end'));
  process.stdin.resume();
}, 5);
