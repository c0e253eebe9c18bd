'use strict';
// A small StringDecoder (utf8, latin1/ascii/hex/base64 via Buffer when present) used by
// Readable.setEncoding until the public `string_decoder` module exists.

function normalize(enc) {
  const e = String(enc || 'utf8').toLowerCase();
  if (e === 'utf-8') return 'utf8';
  if (e === 'binary') return 'latin1';
  if (e === 'ucs2' || e === 'ucs-2' || e === 'utf-16le') return 'utf16le';
  return e;
}

class StringDecoder {
  constructor(encoding) {
    this.encoding = normalize(encoding);
    this.pending = [];
  }

  write(chunk) {
    if (typeof chunk === 'string') return chunk;
    const bytes = this.pending.length ? [...this.pending, ...chunk] : Array.from(chunk);
    this.pending = [];
    if (this.encoding !== 'utf8') {
      if (typeof Buffer === 'function') return Buffer.from(bytes).toString(this.encoding);
      return String.fromCharCode(...bytes);
    }
    let end = bytes.length;
    // Hold back an incomplete trailing UTF-8 sequence.
    for (let back = 1; back <= 3 && back <= bytes.length; back++) {
      const b = bytes[bytes.length - back];
      if ((b & 0xc0) === 0x80) continue;
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      if (need > back) end = bytes.length - back;
      break;
    }
    this.pending = bytes.slice(end);
    return decodeUtf8(bytes.slice(0, end));
  }

  end(chunk) {
    let out = chunk ? this.write(chunk) : '';
    if (this.pending.length) {
      out += '\ufffd';
      this.pending = [];
    }
    return out;
  }
}

function decodeUtf8(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    let cp;
    let n;
    if (b < 0x80) { cp = b; n = 1; }
    else if (b >= 0xc0 && b < 0xe0) { cp = b & 0x1f; n = 2; }
    else if (b >= 0xe0 && b < 0xf0) { cp = b & 0x0f; n = 3; }
    else if (b >= 0xf0 && b < 0xf8) { cp = b & 0x07; n = 4; }
    else { out += '\ufffd'; i++; continue; }
    let ok = i + n <= bytes.length;
    for (let k = 1; ok && k < n; k++) {
      if ((bytes[i + k] & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (bytes[i + k] & 0x3f);
    }
    if (!ok) { out += '\ufffd'; i++; continue; }
    out += String.fromCodePoint(cp);
    i += n;
  }
  return out;
}

module.exports = { StringDecoder };
