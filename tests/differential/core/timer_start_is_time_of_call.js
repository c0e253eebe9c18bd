// A timer's delay counts from when setTimeout is called (or refresh()), not from the loop time
// cached before the main script ran: a timer set after a slow stretch of the script waits its
// whole delay, so timers fire in the order of their real deadlines.
const busy = (ms) => {
  const end = Date.now() + ms;
  while (Date.now() < end);
};
const order = [];
const c = setTimeout(() => order.push('C: 12 ms, refreshed after 60 ms of work'), 12);
busy(30);
setTimeout(() => order.push('A: 20 ms, set after 30 ms of work'), 20);
busy(30);
const setAt = performance.now();
setTimeout(() => {
  const waited = performance.now() - setAt;
  order.push(`B: 5 ms, set after 60 ms of work, waited ${waited >= 4 ? 'its delay' : 'less'}`);
}, 5);
c.refresh();
process.on('exit', () => console.log(order.join('\n')));
