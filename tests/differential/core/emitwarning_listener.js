// Checks process.emitWarning delivers to 'warning' listeners asynchronously with name, message and code.
process.on('warning', (w) => {
  console.log('warning:', w.name, '|', w.message, '|', w.code, '|', w instanceof Error);
});
process.emitWarning('plain message');
process.emitWarning('custom type', 'CustomWarning', 'CODE_1');
process.emitWarning('with options', { type: 'OptWarning', code: 'OPT', detail: 'some detail' });
const e = new Error('error object');
e.name = 'MyWarning';
process.emitWarning(e);
console.log('sync code done (warnings are emitted on nextTick)');
