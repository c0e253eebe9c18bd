// Checks that timeout.refresh() restarts the timer with its original delay, so it fires after a later timer.
const t = setTimeout(() => console.log('refreshed timer fires last (200ms, restarted at 100ms)'), 200);
setTimeout(() => {
  console.log('100ms: refresh returns same:', t.refresh() === t);
}, 100);
setTimeout(() => console.log('250ms timer'), 250);
