// writeFileSync / writeSync / appendFileSync of strings: ASCII, Latin-1, astral, lone surrogates
// (written as U+FFFD, as Node's UTF-8 encoder does); stdout writes of Uint8Array views.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-write-string-encodings-');
const samples = ['plain ascii', 'caf\u00e9 \u00ff', '\u{1F600} astral', 'lone \ud800 high', 'lone \udc00 low', 'x'.repeat(5000), '\u00e9'.repeat(3000), ''];
for (const [i, s] of samples.entries()) {
  const f = `${d}/s${i}`;
  fs.writeFileSync(f, s);
  const back = fs.readFileSync(f);
  const fd = fs.openSync(f, 'a');
  fs.writeSync(fd, s);
  fs.closeSync(fd);
  fs.appendFileSync(f, s);
  console.log(i, back.length, back.toString('hex').slice(0, 40), fs.statSync(f).size);
}
const bytes = Buffer.from('0123456789\n');
process.stdout.write(bytes.subarray(3, 8));
process.stdout.write('\n');
process.stdout.write(new Uint8Array(bytes.buffer, bytes.byteOffset + 5, 6));
fs.rmSync(d, { recursive: true, force: true });
