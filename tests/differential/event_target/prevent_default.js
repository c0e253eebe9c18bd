// Event: preventDefault only affects cancelable events; dispatchEvent returns !defaultPrevented.
const et = new EventTarget();
et.addEventListener('c', (e) => e.preventDefault());
const a = new Event('c');
const b = new Event('c', { cancelable: true });
console.log(et.dispatchEvent(a), a.defaultPrevented, a.returnValue);
console.log(et.dispatchEvent(b), b.defaultPrevented, b.returnValue);
const c = new Event('c', { cancelable: true });
c.returnValue = false;
console.log(c.defaultPrevented);
