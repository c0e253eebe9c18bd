// EventTarget: listeners run in registration order; capture and non-capture interleave at target.
const et = new EventTarget();
const log = [];
et.addEventListener('x', () => log.push(1));
et.addEventListener('x', () => log.push(2), { capture: true });
et.addEventListener('x', () => log.push(3));
et.addEventListener('x', { handleEvent() { log.push(4); } }, true);
et.dispatchEvent(new Event('x'));
console.log(log.join(','));
