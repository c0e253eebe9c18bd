// The own property names of Event, EventTarget and CustomEvent prototypes.
console.log(Object.getOwnPropertyNames(Event.prototype));
console.log(Object.getOwnPropertyNames(EventTarget.prototype));
console.log(Object.getOwnPropertyNames(CustomEvent.prototype));
console.log(Object.keys(new Event('x')), Object.keys(new EventTarget()));
console.log(typeof EventTarget, typeof Event, EventTarget.length, Event.length);
