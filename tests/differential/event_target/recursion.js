// EventTarget: dispatching an event that is being dispatched throws ERR_EVENT_RECURSION.
const et = new EventTarget();
const ev = new Event('r');
et.addEventListener('r', (e) => {
  try { et.dispatchEvent(e); } catch (err) { console.log(err.name, err.code, err.message); }
});
et.dispatchEvent(ev);
et.dispatchEvent(ev);
console.log('redispatch ok');
