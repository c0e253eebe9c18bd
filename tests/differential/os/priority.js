// os.getPriority/setPriority: argument validation and the current process's priority.
const os = require('os');
function t(fn) {
  try { const r = fn(); console.log('ok', r); } catch (e) { console.log(e.name, e.code, e.message); }
}
t(() => os.getPriority());
t(() => os.getPriority(0));
t(() => os.getPriority(process.pid));
t(() => os.getPriority('x'));
t(() => os.getPriority(1.5));
t(() => os.setPriority(0, 100));
t(() => os.setPriority(0, -21));
t(() => os.setPriority('a', 1));
t(() => os.setPriority(0, 'z'));
t(() => { os.setPriority(5); return os.getPriority(); });
t(() => { os.setPriority(0, 7); return os.getPriority(0); });
