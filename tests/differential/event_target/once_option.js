// EventTarget: { once: true } removes the listener before it runs.
const et = new EventTarget();
let calls = 0;
et.addEventListener('tick', () => { calls++; et.dispatchEvent(new Event('tick')); }, { once: true });
et.dispatchEvent(new Event('tick'));
et.dispatchEvent(new Event('tick'));
console.log('calls', calls);
