// A thrown DOMException is caught with its name, and uncaught it exits with code 1.
try { throw new DOMException('nope', 'NotSupportedError'); } catch (e) { console.log(e.name, e.message, e.code); }
process.on('exit', (c) => console.log('exit', c));
throw new DOMException('fatal', 'AbortError');
