// Checks that process.noDeprecation suppresses DeprecationWarning (but not other warnings) at emit time.
process.on('warning', (w) => console.log('warning', w.name, w.message));
process.noDeprecation = true;
process.emitWarning('dep1', 'DeprecationWarning', 'DEP0999');
process.emitWarning('not a deprecation');
setTimeout(() => {
  process.noDeprecation = false;
  process.emitWarning('dep2', 'DeprecationWarning');
  process.emitWarning('dep2 again', 'DeprecationWarning');
}, 1);
