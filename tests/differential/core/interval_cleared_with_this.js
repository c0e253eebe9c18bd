// Checks that `this` inside setTimeout/setInterval callbacks is the Timeout object and can be cleared with it.
let n = 0;
const iv = setInterval(function () {
  n++;
  console.log('this is iv:', this === iv, 'run', n);
  if (n === 3) clearInterval(this);
}, 1);
const t = setTimeout(function () { console.log('timeout this is t:', this === t); }, 1);
