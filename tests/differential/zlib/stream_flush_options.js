// zlib differential: flush / finishFlush options; a sync-flushed fragment inflates with Z_SYNC_FLUSH
const zlib = require('zlib');
const input = Buffer.from('fragmented stream '.repeat(20));
const whole = zlib.deflateSync(input);
const part = zlib.deflateSync(input, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
try { zlib.inflateSync(part); } catch (e) { console.log('finish', e.code); }
console.log('sync', zlib.inflateSync(part, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).equals(input));
try { zlib.inflateSync(whole.subarray(0, whole.length - 6)); } catch (e) { console.log('truncated', e.code); }
const flushed = zlib.deflateSync('abc', { finishFlush: zlib.constants.Z_SYNC_FLUSH });
console.log(flushed.toString('hex'));
const streamed = zlib.deflateSync('abc', { flush: zlib.constants.Z_SYNC_FLUSH });
console.log(streamed.toString('hex'));
console.log(zlib.deflateRawSync('abc', { finishFlush: zlib.constants.Z_FULL_FLUSH }).toString('hex'));
