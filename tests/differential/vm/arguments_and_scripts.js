// vm's argument checks (ERR_INVALID_ARG_TYPE for a non-object context, options or params, a
// sandbox that is not a context), Script's options, compile errors at construction, a
// filename in stack traces, compileFunction, constants, and the stacks of errors made in a context.
const vm = require('vm');
const t = (what, f) => {
  try {
    console.log(what, f());
  } catch (e) {
    console.log(what, 'threw', e.name, e.code, e.code ? e.message : '');
  }
};
t('createContext(1)', () => vm.createContext(1));
t('createContext(null)', () => vm.createContext(null));
t('createContext fn', () => vm.createContext(() => {}));
t('isContext(1)', () => vm.isContext(1));
t('isContext(null)', () => vm.isContext(null));
t('runInContext plain', () => vm.runInContext('1', {}));
t('runInContext number', () => vm.runInContext('1', 5));
t('Script options number', () => new vm.Script('1', 5));
t('Script filename number', () => new vm.Script('1', { filename: 5 }));
t('Script syntax', () => new vm.Script('let = ;', { filename: 'bad.js' }));
t('Script keys', () => Object.keys(new vm.Script('1')));
t('Script proto', () => Object.getOwnPropertyNames(vm.Script.prototype));
t('createScript', () => vm.createScript('6 * 7').runInThisContext());
t('code coerced', () => vm.runInNewContext(12));
// NOTE: only the frame's place is compared: the frames' form is Boa's (README).
t('filename string', () => vm.runInThisContext('new Error("x").stack.includes("named.vm:1:1")', 'named.vm'));
t('filename option', () => vm.runInNewContext('new Error("x").stack.includes("opt.vm:1:1")', {}, { filename: 'opt.vm' }));
t('default filename', () => vm.runInNewContext('new Error("x").stack.includes("evalmachine.<anonymous>:1:1")'));
t('compileFunction', () => { const f = vm.compileFunction('return x * 2 + (typeof require)', ['x']); return [f(3), f.length, f.name]; });
t('compileFunction syntax', () => vm.compileFunction('return )', []));
t('compileFunction params string', () => vm.compileFunction('1', 'x'));
t('compileFunction param number', () => vm.compileFunction('1', [1]));
t('compileFunction code', () => vm.compileFunction(1));
t('constants', () => vm.constants);
t('frozen constants', () => Object.isFrozen(vm.constants));
// Errors made in a context: `stack` led by `Name: message`; captureStackTrace and
// stackTraceLimit there. NOTE: node decorates the stack of an error thrown out of a run with the
// source line and a caret at V8's position; that is left out here (README).
t('context error stack', () => {
  const e = vm.runInNewContext('new TypeError("in ctx")');
  return [e.stack.split('\n')[0], e.stack.includes('evalmachine.<anonymous>:1:1')];
});
t('context captureStackTrace', () => vm.runInNewContext('[typeof Error.captureStackTrace, Error.stackTraceLimit, (() => { const o = {}; Error.captureStackTrace(o); return typeof o.stack; })()]'));
