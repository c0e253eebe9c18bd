// Event: default property values before dispatch, and constructor options.
const e = new Event('x');
console.log(e.type, e.bubbles, e.cancelable, e.composed, e.defaultPrevented, e.isTrusted);
console.log(e.eventPhase, e.target, e.currentTarget, e.srcElement, e.returnValue, e.cancelBubble);
console.log(typeof e.timeStamp, e.composedPath());
const f = new Event(42, { bubbles: true, cancelable: true, composed: true });
console.log(f.type, typeof f.type, f.bubbles, f.cancelable, f.composed);
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
console.log(Object.prototype.toString.call(e), e instanceof Event);
