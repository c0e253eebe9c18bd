// EventTarget: a listener receives the event with target/currentTarget/phase set, this === target.
const et = new EventTarget();
const ev = new Event('ping');
et.addEventListener('ping', function (e) {
  console.log(e === ev, this === et, e.target === et, e.currentTarget === et, e.eventPhase, e.type);
});
console.log(et.dispatchEvent(ev));
console.log(ev.eventPhase, ev.currentTarget, ev.target === et);
