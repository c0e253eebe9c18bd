// Checks that setInterval with delay 0 repeats (as 1ms) and can be cleared after 3 runs; _repeat shows the coerced delay.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('run', n, 'repeat', iv._repeat);
  if (n === 3) clearInterval(iv);
}, 0);
