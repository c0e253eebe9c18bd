// zlib differential: callback forms given null/undefined compress an empty input; other non-buffers throw
const zlib = require('zlib');
const late = []; // callbacks of concurrent jobs may finish in any order

for (const v of [null, undefined, 5, {}]) {
  try { zlib.deflate(v, (e, r) => late.push(['cb', String(v), e && e.code, r && r.toString('hex')].join(' '))); } catch (e) { console.log('throw', String(v), e.code, e.message); }
}
process.on('exit', () => { for (const line of late.sort()) console.log(line); });
