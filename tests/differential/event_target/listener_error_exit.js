// EventTarget: an unhandled listener error ends the process with exit code 1.
const et = new EventTarget();
et.addEventListener('boom', () => { throw new Error('fatal listener'); });
et.dispatchEvent(new Event('boom'));
console.log('after dispatch');
process.on('exit', (code) => console.log('exit code', code));
