// Checks listener `this`, arrow functions, and that removal during emit does not affect the current emit.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', function () { console.log('function this is emitter:', this === e); });
e.on('x', () => console.log('arrow this is not emitter:', this !== e));
function selfRemoving() {
  console.log('self removing runs');
  e.off('x', selfRemoving);
  e.off('x', later);
}
function later() { console.log('later still runs in this emit'); }
e.on('x', selfRemoving);
e.on('x', later);
e.emit('x');
console.log('second emit:');
e.emit('x');
