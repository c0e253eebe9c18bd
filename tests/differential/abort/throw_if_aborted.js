// AbortSignal.prototype.throwIfAborted throws the reason only once aborted.
const ac = new AbortController();
ac.signal.throwIfAborted();
console.log('not thrown');
ac.abort(new RangeError('stop'));
try { ac.signal.throwIfAborted(); } catch (e) { console.log(e.name, e.message); }
const s = AbortSignal.abort(42);
try { s.throwIfAborted(); } catch (e) { console.log('threw', e); }
