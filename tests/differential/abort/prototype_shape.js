// Own property names of AbortSignal, AbortController and their prototypes.
console.log(Object.getOwnPropertyNames(AbortSignal.prototype));
console.log(Object.getOwnPropertyNames(AbortSignal));
console.log(Object.getOwnPropertyNames(AbortController.prototype));
console.log(Object.keys(new AbortController()), Object.keys(AbortSignal.abort()));
