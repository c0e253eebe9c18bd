// util.getSystemErrorName / getSystemErrorMap (libuv's whole table, in its order), styleText
// (single formats follow the stream's colour support; lists always apply), aborted,
// _errnoException, _exceptionWithHostPort and the transferable AbortSignal/Controller markers.
const util = require('util');
console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-4095), util.getSystemErrorName(-9999), util.getSystemErrorName(-3008));
for (const bad of [2, 0, -1.5, 'x', NaN, -Infinity, undefined]) { try { console.log(util.getSystemErrorName(bad)); } catch (e) { console.log(e.code, e.message); } }
const m = util.getSystemErrorMap(); console.log(m.size, m.get(-2), [...m.keys()].slice(0, 6), m instanceof Map, m !== util.getSystemErrorMap());
console.log([...m].map(([k, [n]]) => `${k}:${n}`).join(' '));
for (const f of ['red', 'bold', ['red'], ['bold', 'underline'], ['red', 'bgBlue', 'italic']]) console.log(JSON.stringify(f), JSON.stringify(util.styleText(f, 'x')));
console.log(JSON.stringify(util.styleText('red', 'x', { validateStream: false })));
for (const bad of [['nope', 'x'], ['red', 5], [5, 'x'], [['red', 'zz'], 'x'], ['red', 'x', { stream: {} }], ['red', 'x', { validateStream: 1 }]]) { try { util.styleText(...bad); } catch (e) { console.log(e.code, e.message.slice(0, 120)); } }
console.log(util.getSystemErrorName.length, util.styleText.length, util.aborted.length, util.getSystemErrorMap.length);
const e = util._errnoException(-2, 'open'); console.log(e.code, e.errno, e.syscall, e.message);
const h = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80); console.log(h.code, h.message, h.address, h.port);
const ac = new AbortController();
util.aborted(ac.signal, {}).then(() => console.log('aborted resolved'));
util.aborted(AbortSignal.abort(), []).then(() => console.log('already aborted resolved'));
for (const args of [[{}, {}], [undefined, {}], [ac.signal, 1], [ac.signal, null]]) util.aborted(...args).catch((e) => console.log('rejects', e.code, e.message));
setTimeout(() => ac.abort(), 1);
const s = util.transferableAbortSignal(AbortSignal.abort()); console.log(s.aborted, s instanceof AbortSignal);
try { util.transferableAbortSignal({}); } catch (err) { console.log(err.code, err.message); }
const tc = util.transferableAbortController(); console.log(tc instanceof AbortController, tc.signal.aborted);
