// EventTarget: the same listener with the same capture flag is only added once.
const et = new EventTarget();
let n = 0;
const fn = () => n++;
et.addEventListener('a', fn);
et.addEventListener('a', fn);
et.addEventListener('a', fn, { once: true });
et.addEventListener('a', fn, true);
et.dispatchEvent(new Event('a'));
console.log(n);
et.removeEventListener('a', fn);
et.dispatchEvent(new Event('a'));
console.log(n);
et.removeEventListener('a', fn, { capture: true });
et.dispatchEvent(new Event('a'));
console.log(n);
