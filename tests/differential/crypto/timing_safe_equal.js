// crypto differential: timingSafeEqual results, view types, and length/type errors
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

show(() => crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')));
show(() => crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
show(() => crypto.timingSafeEqual(Buffer.alloc(0), Buffer.alloc(0)));
show(() => crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])));
show(() => crypto.timingSafeEqual(new Uint8Array([1]).buffer, new DataView(new Uint8Array([1]).buffer)));
show(() => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')));
show(() => crypto.timingSafeEqual('a', Buffer.from('ab')));
show(() => crypto.timingSafeEqual(Buffer.from('a'), 'a'));
