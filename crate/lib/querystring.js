// The `querystring` module: parse and build `a=1&b=2` URL query strings.
// Written from Node's documented behaviour and checked against real `node` output.

const { codes: { ERR_INVALID_URI } } = require('internal/errors');

const HEX_UPPER = '0123456789ABCDEF';

// Characters left as they are by `escape` (the same set `encodeURIComponent` keeps).
function isUnreserved(c) {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ||
    c === 0x2d || c === 0x5f || c === 0x2e || c === 0x21 || c === 0x7e || c === 0x2a ||
    c === 0x27 || c === 0x28 || c === 0x29;
}

function pctByte(b) {
  return '%' + HEX_UPPER[b >> 4] + HEX_UPPER[b & 15];
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  let out = '';
  let last = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    if (isUnreserved(c)) continue;
    if (i > last) out += str.slice(last, i);
    if (c < 0x80) {
      out += pctByte(c);
    } else if (c < 0x800) {
      out += pctByte(0xc0 | (c >> 6)) + pctByte(0x80 | (c & 0x3f));
    } else if (c < 0xd800 || c >= 0xe000) {
      out += pctByte(0xe0 | (c >> 12)) + pctByte(0x80 | ((c >> 6) & 0x3f)) +
        pctByte(0x80 | (c & 0x3f));
    } else {
      // A surrogate always pairs with the next code unit, whatever it is (as Node does); one
      // at the very end cannot be encoded.
      if (i + 1 >= len) throw new ERR_INVALID_URI();
      const next = str.charCodeAt(i + 1);
      i++;
      const cp = 0x10000 + (((c & 0x3ff) << 10) | (next & 0x3ff));
      out += pctByte(0xf0 | (cp >> 18)) + pctByte(0x80 | ((cp >> 12) & 0x3f)) +
        pctByte(0x80 | ((cp >> 6) & 0x3f)) + pctByte(0x80 | (cp & 0x3f));
    }
    last = i + 1;
  }
  if (last === 0) return str;
  if (last < len) out += str.slice(last);
  return out;
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// The bytes of `s` with `%XX` escapes decoded (every other character contributes the low byte
// of its UTF-16 code unit) and, with `decodeSpaces`, `+` turned into a space.
function unescapeBytes(s, decodeSpaces) {
  const bytes = [];
  const len = s.length;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25 && i + 2 < len) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hexValue(s.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        bytes.push(hi * 16 + lo);
        i += 2;
        continue;
      }
    }
    if (c === 0x2b && decodeSpaces) bytes.push(0x20);
    else bytes.push(c & 0xff);
  }
  return bytes;
}

// UTF-8 decoding with U+FFFD for each maximal invalid subsequence (the WHATWG decoder rules).
function decodeUtf8(bytes) {
  let out = '';
  const len = bytes.length;
  let i = 0;
  while (i < len) {
    const b = bytes[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let need = 0;
    let cp = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0x0f;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x07;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      out += '\ufffd';
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const nb = j < len ? bytes[j] : -1;
      if (nb < lower || nb > upper) {
        ok = false;
        break;
      }
      lower = 0x80;
      upper = 0xbf;
      cp = (cp << 6) | (nb & 0x3f);
    }
    if (!ok) {
      out += '\ufffd';
      i = j;
      continue;
    }
    out += String.fromCodePoint(cp);
    i = j;
  }
  return out;
}

function unescapeBuffer(s, decodeSpaces) {
  const bytes = unescapeBytes(`${s}`, decodeSpaces);
  if (typeof Buffer !== 'undefined' && typeof Buffer.from === 'function') return Buffer.from(bytes);
  return Uint8Array.from(bytes);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return decodeUtf8(unescapeBytes(`${s}`, decodeSpaces));
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return '' + v;
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = querystring.escape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  if (obj === null || typeof obj !== 'object') return '';
  let fields = '';
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = obj[k];
    const ks = encode(stringifyPrimitive(k)) + eq;
    if (Array.isArray(v)) {
      for (let j = 0; j < v.length; j++) {
        if (fields) fields += sep;
        fields += ks + encode(stringifyPrimitive(v[j]));
      }
    } else {
      if (fields) fields += sep;
      fields += ks + encode(stringifyPrimitive(v));
    }
  }
  return fields;
}

function decodeComponent(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return querystring.unescape(s, true);
  }
}

function addPair(obj, key, value, keyEncoded, valueEncoded, decoder) {
  if (key.length > 0 && keyEncoded) key = decodeComponent(key, decoder);
  if (value.length > 0 && valueEncoded) value = decodeComponent(value, decoder);
  if (key in obj) {
    const cur = obj[key];
    if (Array.isArray(cur)) cur.push(value);
    else obj[key] = [cur, value];
  } else {
    obj[key] = value;
  }
}

function isHexCode(c) {
  return hexValue(c) >= 0;
}

// A one-pass scanner that reproduces Node's observable behaviour, quirks included:
//  - separators are matched greedily, character by character; a character taken by a partial
//    separator match is not looked at for `eq`, `+` or escapes, and a broken match does not
//    restart on the character that broke it (the same holds for `eq`);
//  - with the default decoder a key or value is only decoded when it holds a `%XX` escape
//    (a custom decoder sees every non-empty key and value);
//  - `+` becomes a space (`%20` for a custom decoder, which then decodes it).
function parse(qs, sep, eq, options) {
  const obj = Object.create(null);
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? `${sep}` : '&';
  eq = eq ? `${eq}` : '=';
  const sepLen = sep.length;
  const eqLen = eq.length;
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  // A non-positive budget (or one that never hits zero exactly: fractional, NaN) is unlimited.
  let budget = maxKeys > 0 ? maxKeys : -1;
  let decoder = querystring.unescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decoder = options.decodeURIComponent;
  }
  const custom = decoder !== qsUnescape;
  const plus = custom ? '%20' : ' ';

  let key = '';
  let value = '';
  let keyEncoded = custom;
  let valueEncoded = custom;
  let escapeRun = 0; // 1 after `%`, 2 after `%X`, 3 after `%XX`
  let segStart = 0;
  let sepMatched = 0;
  let eqMatched = 0;
  const len = qs.length;

  // Feeds `code` to the escape detector; true when the character was part of a `%XX` run.
  function trackEscape(code, forKey) {
    if (code === 0x25) {
      escapeRun = 1;
      return true;
    }
    if (escapeRun > 0) {
      if (isHexCode(code)) {
        escapeRun++;
        if (escapeRun === 3) {
          if (forKey) keyEncoded = true;
          else valueEncoded = true;
        }
        return true;
      }
      escapeRun = 0;
    }
    return false;
  }

  for (let i = 0; i < len; i++) {
    const code = qs.charCodeAt(i);
    if (code === sep.charCodeAt(sepMatched)) {
      sepMatched++;
      if (sepMatched < sepLen) continue;
      // A whole separator: close the pair.
      const end = i - sepLen + 1;
      if (eqMatched < eqLen) {
        if (segStart < end) {
          key += qs.slice(segStart, end);
        } else if (key.length === 0) {
          // An empty pair between two separators.
          if (--budget === 0) return obj;
          segStart = i + 1;
          sepMatched = 0;
          eqMatched = 0;
          continue;
        }
      } else if (segStart < end) {
        value += qs.slice(segStart, end);
      }
      addPair(obj, key, value, keyEncoded, valueEncoded, decoder);
      if (--budget === 0) return obj;
      key = '';
      value = '';
      keyEncoded = custom;
      valueEncoded = custom;
      escapeRun = 0;
      segStart = i + 1;
      sepMatched = 0;
      eqMatched = 0;
      continue;
    }
    sepMatched = 0;
    if (eqMatched < eqLen) {
      // Still in the key.
      if (code === eq.charCodeAt(eqMatched)) {
        eqMatched++;
        if (eqMatched === eqLen) {
          const end = i - eqLen + 1;
          if (segStart < end) key += qs.slice(segStart, end);
          escapeRun = 0;
          segStart = i + 1;
        }
        continue;
      }
      eqMatched = 0;
      if (!keyEncoded && trackEscape(code, true)) continue;
      if (code === 0x2b) {
        if (segStart < i) key += qs.slice(segStart, i);
        key += plus;
        segStart = i + 1;
        continue;
      }
    }
    if (code === 0x2b) {
      if (segStart < i) value += qs.slice(segStart, i);
      value += plus;
      segStart = i + 1;
    } else if (!valueEncoded) {
      trackEscape(code, false);
    }
  }

  // Whatever follows the last separator.
  if (segStart < len) {
    if (eqMatched < eqLen) key += qs.slice(segStart);
    else if (sepMatched < sepLen) value += qs.slice(segStart);
  } else if (eqMatched === 0 && key.length === 0) {
    return obj;
  }
  addPair(obj, key, value, keyEncoded, valueEncoded, decoder);
  return obj;
}

const querystring = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};

module.exports = querystring;
