// events.getEventListeners works on an EventTarget.
const { getEventListeners } = require('events');
const et = new EventTarget();
const a = () => {};
const b = { handleEvent() {} };
et.addEventListener('x', a);
et.addEventListener('x', b);
et.addEventListener('y', a);
console.log(getEventListeners(et, 'x').length, getEventListeners(et, 'x')[0] === a, getEventListeners(et, 'x')[1] === b);
console.log(getEventListeners(et, 'y').length, getEventListeners(et, 'z').length);
et.removeEventListener('x', a);
console.log(getEventListeners(et, 'x').length);
