// EventTarget: handler objects are called through handleEvent with the object as this.
const et = new EventTarget();
const handler = {
  name: 'h',
  handleEvent(e) { console.log('handleEvent', this.name, e.type); },
};
et.addEventListener('go', handler);
et.addEventListener('go', {});
et.dispatchEvent(new Event('go'));
et.removeEventListener('go', handler);
et.dispatchEvent(new Event('go'));
console.log('end');
