// AbortSignal.timeout's timer does not keep the process alive.
const s = AbortSignal.timeout(5000);
s.onabort = () => console.log('should not fire');
process.on('exit', () => console.log('exit with aborted =', s.aborted));
console.log('end of script');
