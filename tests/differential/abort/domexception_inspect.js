// util.inspect of DOMExceptions shows `DOMException [Name]: message` on its first line.
const util = require('util');
console.log(util.inspect(new DOMException('m', 'AbortError')).split('\n')[0]);
console.log(util.inspect(new DOMException('plain')).split('\n')[0]);
const ac = new AbortController(); ac.abort();
console.log(util.inspect(ac.signal.reason).split('\n')[0]);
try { structuredClone(Symbol()) } catch (e) { console.log(util.inspect(e).split('\n')[0]); }
console.log(String(new DOMException('x', 'TimeoutError')), new DOMException('q', 'SyntaxError').stack.split('\n')[0]);
