const where = (e) => (/:(\d+):(\d+)\)?$/.exec(e.stack.split('\n')[1]) || []).slice(1).join(':'); function f() { return new Error('in f'); } const g = () => where(f()); console.log(where(new Error('top')), g(), (() => { try { null.x; } catch (e) { return where(e); } })());
// core differential: stack-trace columns on a CommonJS module's first line are node's (Boa
// counted them from the start of the module's function wrapper), for errors made there, in a
// function defined there, and thrown by the engine there; line 6 as a control.
function later() {
  return where(new Error('line 6'));
}
console.log(later());
