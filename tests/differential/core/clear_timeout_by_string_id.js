// Checks that clearTimeout also accepts the numeric id as a string.
const t = setTimeout(() => console.log('should not run'), 10);
clearTimeout(String(+t));
const u = setTimeout(() => console.log('u runs: its id was never cleared'), 10);
console.log('ids differ:', +t !== +u);
