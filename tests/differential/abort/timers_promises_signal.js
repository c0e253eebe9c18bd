// timers/promises reject with AbortError (cause = signal.reason) when their signal aborts.
const tp = require('timers/promises');
const ac = new AbortController();
tp.setTimeout(1000, 'x', { signal: ac.signal }).catch((e) => console.log('timeout:', e.name, e.code, e.message, e.cause === ac.signal.reason));
tp.setImmediate('y', { signal: AbortSignal.abort('r') }).catch((e) => console.log('immediate:', e.name, e.cause));
(async () => {
  const iac = new AbortController();
  let n = 0;
  try {
    for await (const v of tp.setInterval(5, 'v', { signal: iac.signal })) {
      if (++n === 2) iac.abort();
    }
  } catch (e) {
    console.log('interval:', e.name, n);
    // The timeout's abort comes after the interval's, whatever the machine's load: a fixed
    // delay raced the interval's two ticks, in node too.
    ac.abort();
  }
})();
