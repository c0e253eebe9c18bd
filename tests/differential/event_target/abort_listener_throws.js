// An 'abort' listener that throws is reported as uncaughtException; the other listeners still run.
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
const ac = new AbortController();
ac.signal.addEventListener('abort', () => { throw new Error('in abort'); });
ac.signal.addEventListener('abort', () => console.log('second abort listener'));
ac.abort();
console.log('aborted', ac.signal.aborted);
