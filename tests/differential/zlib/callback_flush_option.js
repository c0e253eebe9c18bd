// zlib differential: the flush option applies to the callback form's input write (exact bytes)
const zlib = require('zlib');
const { Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_NO_FLUSH } = zlib.constants;
let pending = 0;
const results = {};
for (const flush of [Z_NO_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH]) {
  pending++;
  zlib.deflateRaw('abc', { flush }, (err, out) => {
    results[flush] = out.toString('hex') + ' ' + zlib.deflateRawSync('abc', { flush }).toString('hex');
    if (--pending === 0) for (const k of Object.keys(results).sort()) console.log(k, results[k]);
  });
}
