'use strict';
// punycode: RFC 3492's Punycode (encode, decode), IDNA's toASCII/toUnicode over whole domain
// names and email addresses, and UCS-2 helpers, as node's bundled punycode.js 2.1.0 (a module
// Node deprecates in favour of userland packages, still used by some).

const maxInt = 2147483647;
const base = 36;
const tMin = 1;
const tMax = 26;
const skew = 38;
const damp = 700;
const initialBias = 72;
const initialN = 128;

const MESSAGES = {
  'overflow': 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input',
};
function fail(kind) {
  throw new RangeError(MESSAGES[kind]);
}

// A string's code points (a surrogate pair is one; a lone surrogate stays as it is).
function ucs2decode(string) {
  const output = [];
  for (let i = 0; i < string.length; i++) {
    const unit = string.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < string.length) {
      const next = string.charCodeAt(i + 1);
      if ((next & 0xfc00) === 0xdc00) {
        output.push(((unit & 0x3ff) << 10) + (next & 0x3ff) + 0x10000);
        i++;
        continue;
      }
    }
    output.push(unit);
  }
  return output;
}

const ucs2encode = (codePoints) => String.fromCodePoint(...codePoints);

// The threshold t for the digit at position k (RFC 3492, 6.1).
const threshold = (k, bias) => (k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias);

// RFC 3492's bias adaptation (3.4).
function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / damp) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((base - tMin) * tMax) >> 1) {
    delta = Math.floor(delta / (base - tMin));
    k += base;
  }
  return Math.floor(k + ((base - tMin + 1) * delta) / (delta + skew));
}

// 0..25 are 'a'..'z', 26..35 are '0'..'9'; a character that is no digit gives `base`.
const digitChar = (digit) => String.fromCharCode(digit < 26 ? digit + 97 : digit + 22);
function digitOf(code) {
  if (code >= 0x30 && code <= 0x39) return code - 22;
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  return base;
}

function decode(input) {
  const output = [];
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    if (input.charCodeAt(j) >= 0x80) fail('not-basic');
    output.push(input.charCodeAt(j));
  }
  let n = initialN;
  let bias = initialBias;
  let i = 0;
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    const oldI = i;
    for (let w = 1, k = base; ; k += base) {
      if (index >= input.length) fail('invalid-input');
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= base) fail('invalid-input');
      if (digit > Math.floor((maxInt - i) / w)) fail('overflow');
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(maxInt / (base - t))) fail('overflow');
      w *= base - t;
    }
    const length = output.length + 1;
    bias = adapt(i - oldI, length, oldI === 0);
    if (Math.floor(i / length) > maxInt - n) fail('overflow');
    n += Math.floor(i / length);
    i %= length;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

function encode(string) {
  const input = ucs2decode(string);
  const output = input.filter((c) => c < 0x80).map((c) => String.fromCharCode(c));
  const basicLength = output.length;
  if (basicLength) output.push('-');
  let n = initialN;
  let delta = 0;
  let bias = initialBias;
  for (let handled = basicLength; handled < input.length;) {
    let m = maxInt;
    for (const c of input) if (c >= n && c < m) m = c;
    if (m - n > Math.floor((maxInt - delta) / (handled + 1))) fail('overflow');
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of input) {
      if (c < n && ++delta > maxInt) fail('overflow');
      if (c !== n) continue;
      let q = delta;
      for (let k = base; ; k += base) {
        const t = threshold(k, bias);
        if (q < t) break;
        output.push(digitChar(t + ((q - t) % (base - t))));
        q = Math.floor((q - t) / (base - t));
      }
      output.push(digitChar(q));
      bias = adapt(delta, handled + 1, handled === basicLength);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return output.join('');
}

// Apply `convert` to each label of a domain name (or of an email address's domain part), with
// the IDNA separators (U+3002, U+FF0E, U+FF61) read as dots.
function mapDomain(domain, convert) {
  const at = domain.split('@');
  let prefix = '';
  if (at.length > 1) {
    prefix = `${at[0]}@`;
    domain = at[1];
  }
  const labels = domain.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '.').split('.');
  return prefix + labels.map(convert).join('.');
}

const toUnicode = (input) => mapDomain(input, (label) => (/^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label));
const toASCII = (input) => mapDomain(input, (label) => (/[^\0-\x7F]/.test(label) ? `xn--${encode(label)}` : label));

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode,
  toASCII,
  toUnicode,
};
