// Event and EventTarget: argument and receiver errors carry Node's codes and messages.
function t(fn) {
  try { fn(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
t(() => new Event());
t(() => new Event('x', 5));
t(() => new CustomEvent());
t(() => new EventTarget().addEventListener('x'));
t(() => new EventTarget().addEventListener('x', 5));
t(() => new EventTarget().addEventListener('x', () => {}, 5));
t(() => new EventTarget().addEventListener('x', () => {}, { signal: 1 }));
t(() => new EventTarget().dispatchEvent({ type: 'x' }));
t(() => new EventTarget().dispatchEvent('x'));
t(() => Event.prototype.type);
t(() => EventTarget.prototype.dispatchEvent.call({}, new Event('x')));
t(() => new EventTarget().removeEventListener('x'));
