// Checks that timeout.refresh() restarts the timer with its original delay, so it fires after a later timer.
const t = setTimeout(() => console.log('refreshed timer fires last (50ms, restarted at 30ms)'), 50);
setTimeout(() => {
  console.log('30ms: refresh returns same:', t.refresh() === t);
}, 30);
setTimeout(() => console.log('60ms timer'), 60);
