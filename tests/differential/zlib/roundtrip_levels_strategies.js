// zlib differential: all levels x strategies x memLevels round-trip (compressed sizes are not compared)
const zlib = require('zlib');
const input = Buffer.from(Array.from({ length: 20000 }, (_, i) => (i % 97) ^ (i >> 7)));
let ok = 0, total = 0;
for (let level = -1; level <= 9; level++) for (let strategy = 0; strategy <= 4; strategy++) for (const memLevel of [1, 5, 9]) {
  const out = zlib.deflateSync(input, { level, strategy, memLevel });
  total++;
  if (zlib.inflateSync(out).equals(input)) ok++;
}
console.log(ok, 'of', total);
