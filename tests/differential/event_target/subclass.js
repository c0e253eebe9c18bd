// EventTarget and Event can be subclassed.
class Emitter extends EventTarget {
  fire(v) { this.dispatchEvent(new MyEvent('v', v)); }
}
class MyEvent extends Event {
  constructor(type, value) { super(type); this.value = value; }
}
const em = new Emitter();
em.addEventListener('v', (e) => console.log(e.constructor.name, e.value, e.target === em));
em.fire(7);
console.log(em instanceof EventTarget, Object.keys(new MyEvent('q', 1)));
