// core differential: console's keys in node's order (Console enumerable, then the inspector-only
// profile/profileEnd/timeStamp/context/createTask); console.context() gives an object of no-op
// methods (they report to the inspector only); console.createTask(name) checks its name and
// runs a function.
console.log(Object.keys(console).join());
console.log(Object.keys(require('console')).join(), require('console') === console);
const context = console.context('x');
console.log(typeof context, Object.keys(context).join(), context === console);
context.log('not printed');
const task = console.createTask('job');
console.log(Object.keys(task), task.run(() => 42), task.run((...a) => a.length, 1, 2));
for (const name of [undefined, '', 1, {}]) {
  try { console.createTask(name); } catch (e) { console.log(e.name, e.message); }
}
console.log(console.context.name, console.context.length, console.createTask.name, console.createTask.length);
const d = Object.getOwnPropertyDescriptor(console, 'Console');
console.log(d.writable, d.enumerable, d.configurable, console.Console === require('console').Console);
