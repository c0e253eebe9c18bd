// structuredClone propagates errors thrown by getters while walking the value.
const obj = { ok: 1, get bad() { throw new Error('getter exploded'); } };
try { structuredClone(obj); } catch (e) { console.log(e.constructor.name, e.message); }
