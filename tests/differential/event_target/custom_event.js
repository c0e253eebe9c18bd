// CustomEvent: detail defaults to null and is carried to listeners.
const et = new EventTarget();
et.addEventListener('data', (e) => console.log(e instanceof CustomEvent, e instanceof Event, e.detail));
et.dispatchEvent(new CustomEvent('data', { detail: { n: 1 } }));
et.dispatchEvent(new CustomEvent('data'));
console.log(new CustomEvent('x', { detail: 0 }).detail, Object.prototype.toString.call(new CustomEvent('y')));
