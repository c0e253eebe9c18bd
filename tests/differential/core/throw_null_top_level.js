// Checks that `throw null` at top level exits with code 1 after earlier output.
console.log('before throw null');
setTimeout(() => console.log('timer: not printed'), 0);
throw null;
