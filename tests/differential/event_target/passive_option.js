// EventTarget: preventDefault inside a passive listener is ignored.
const et = new EventTarget();
et.addEventListener('p', (e) => { e.preventDefault(); console.log('passive', e.defaultPrevented); }, { passive: true });
et.addEventListener('p', (e) => { console.log('after passive', e.defaultPrevented); e.preventDefault(); console.log('active', e.defaultPrevented); });
const ev = new Event('p', { cancelable: true });
console.log(et.dispatchEvent(ev), ev.defaultPrevented, ev.returnValue);
