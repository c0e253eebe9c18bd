// Event: stopImmediatePropagation stops the remaining listeners; stopPropagation does not.
const et = new EventTarget();
et.addEventListener('s', (e) => { console.log('first'); e.stopPropagation(); console.log(e.cancelBubble); });
et.addEventListener('s', (e) => { console.log('second'); e.stopImmediatePropagation(); });
et.addEventListener('s', () => console.log('third'));
et.dispatchEvent(new Event('s'));
