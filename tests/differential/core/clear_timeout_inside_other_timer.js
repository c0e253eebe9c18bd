// Checks that clearTimeout inside one timer cancels other timers, including one with the same deadline.
let b;
const a = setTimeout(() => {
  console.log('a runs, clearing b (same deadline) and c (later)');
  clearTimeout(b);
  clearTimeout(c);
  clearTimeout(a);
  console.log('clearing the running timer itself is a no-op');
}, 20);
b = setTimeout(() => console.log('b should not run'), 20);
const c = setTimeout(() => console.log('c should not run'), 100);
setTimeout(() => console.log('d runs'), 60);
