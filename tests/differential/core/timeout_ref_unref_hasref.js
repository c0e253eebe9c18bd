// Checks Timeout.ref()/unref()/hasRef() return values and that an unref'd timer does not keep the process alive.
const t = setTimeout(() => console.log('unrefd timer should not fire'), 1000);
console.log('initial hasRef:', t.hasRef());
console.log('unref returns same object:', t.unref() === t);
console.log('after unref hasRef:', t.hasRef());
console.log('ref returns same object:', t.ref() === t);
console.log('after ref hasRef:', t.hasRef());
t.unref();
const kept = setTimeout(() => console.log('refd timer fires'), 10);
console.log('kept hasRef:', kept.hasRef());
process.on('exit', () => console.log('exit'));
