// AbortSignal cannot be constructed directly; getters check their receiver.
try { new AbortSignal(); } catch (e) { console.log(e.name, e.code, e.message); }
try { Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}); } catch (e) { console.log(e.name, e.code, e.message); }
try { AbortController.prototype.abort.call({}); } catch (e) { console.log(e.name); }
console.log(typeof AbortController, typeof AbortSignal, AbortController.length);
