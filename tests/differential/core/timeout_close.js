// Checks that timeout.close() cancels the timer and returns the Timeout.
const t = setTimeout(() => console.log('closed timer should not run'), 10);
console.log('close returns same:', t.close() === t);
const iv = setInterval(() => {
  console.log('interval once, then close');
  iv.close();
}, 5);
setTimeout(() => console.log('done'), 30);
