// EventTarget: a listener removed during dispatch is skipped; one added during dispatch waits.
const et = new EventTarget();
const second = () => console.log('second (should not run)');
const added = () => console.log('added later');
et.addEventListener('m', () => {
  console.log('first');
  et.removeEventListener('m', second);
  et.addEventListener('m', added);
});
et.addEventListener('m', second);
et.dispatchEvent(new Event('m'));
console.log('--');
et.dispatchEvent(new Event('m'));
