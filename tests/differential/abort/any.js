// AbortSignal.any follows the first of its signals to abort.
const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
any.addEventListener('abort', () => console.log('any aborted:', any.reason));
console.log(any.aborted);
b.abort('from b');
a.abort('from a');
console.log(any.reason);
const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('already')]);
console.log(pre.aborted, pre.reason);
console.log(AbortSignal.any([]).aborted);
