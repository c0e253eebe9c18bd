// AbortSignal.timeout(ms) aborts with a TimeoutError DOMException.
const s = AbortSignal.timeout(20);
console.log(s.aborted);
s.addEventListener('abort', () => {
  console.log('aborted', s.aborted, s.reason.name, s.reason.message, s.reason.code);
});
setTimeout(() => console.log('after'), 60);
