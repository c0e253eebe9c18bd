// structuredClone argument errors: missing value, bad transfer list.
function t(fn) {
  try { fn(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
t(() => structuredClone());
t(() => structuredClone(1, { transfer: 5 }));
t(() => structuredClone(1, { transfer: [5] }));
t(() => structuredClone(1, {}));
t(() => structuredClone(1, undefined));
t(() => structuredClone(1, null));
t(() => structuredClone(1, { transfer: [{}] }));
const b = new ArrayBuffer(2);
t(() => structuredClone(1, { transfer: [b, b] }));
