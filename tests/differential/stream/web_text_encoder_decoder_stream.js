// TextEncoderStream and TextDecoderStream: piping text through both, split surrogate pairs and
// split UTF-8 sequences, options, globals and the errors of a fatal decoder.
const web = require('stream/web');
console.log(typeof TextEncoderStream, TextEncoderStream === web.TextEncoderStream, TextDecoderStream === web.TextDecoderStream);
(async () => {
  const enc = new TextEncoderStream();
  console.log(enc.encoding, Object.prototype.toString.call(enc), enc.readable.constructor.name, enc.writable.constructor.name);
  const w = enc.writable.getWriter();
  const chunks = [];
  const reading = (async () => {
    for await (const c of enc.readable) chunks.push(Array.from(c).join(','));
  })();
  await w.write('a');
  await w.write('\ud83d');
  await w.write('\ude00b');
  await w.write('\ud83d');
  await w.close();
  await reading;
  console.log(chunks);

  const dec = new TextDecoderStream('utf-8', { ignoreBOM: true });
  console.log(dec.encoding, dec.fatal, dec.ignoreBOM);
  const dw = dec.writable.getWriter();
  const texts = [];
  const decoding = (async () => {
    for await (const t of dec.readable) texts.push(t);
  })();
  const bytes = Buffer.from('\ufeffh€llo 😀');
  for (const b of bytes) await dw.write(Uint8Array.of(b));
  await dw.close();
  await decoding;
  console.log(JSON.stringify(texts.join('')), texts.length > 1);

  const roundTrip = new ReadableStream({ start(c) { c.enqueue('round'); c.enqueue(' trip'); c.close(); } })
    .pipeThrough(new TextEncoderStream()).pipeThrough(new TextDecoderStream());
  let all = '';
  for await (const t of roundTrip) all += t;
  console.log(all);

  const le = new TextDecoderStream('utf-16le');
  console.log(le.encoding);
  const fatal = new TextDecoderStream('utf-8', { fatal: true });
  const fw = fatal.writable.getWriter();
  fw.write(Uint8Array.of(0xff)).catch((e) => console.log('write rejected:', e.code));
  try {
    await fatal.readable.getReader().read();
  } catch (e) {
    console.log('read rejected:', e.name, e.code);
  }
  try {
    new TextDecoderStream('nope');
  } catch (e) {
    console.log(e.code, e.message);
  }
})();
