// Checks that refresh() on a timeout that already fired re-arms it so it fires again.
let fired = 0;
const t = setTimeout(() => {
  fired++;
  console.log('fired', fired);
}, 5);
setTimeout(() => {
  console.log('refreshing after first fire');
  t.refresh();
  setTimeout(() => console.log('end, fired total', fired), 200);
}, 30);
