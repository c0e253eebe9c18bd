// internal/mime: util.MIMEType and util.MIMEParams, a MIME type record as the WHATWG MIME
// Sniffing standard defines it ("parse a MIME type", "serialize a MIME type"), with node's
// departures from it: only leading HTTP whitespace is dropped before the type (so `" text "` fails
// on its trailing space), a bad type or subtype throws ERR_INVALID_MIME_SYNTAX naming the index of
// its first bad character, a quoted parameter value is not followed by a skip to the next `;`,
// and MIMEParams#set keeps the name's case while the parser lowercases.
'use strict';

const { codes } = require('internal/errors');

// The params live in a Map; its methods are taken now so a program patching Map.prototype
// does not change what a MIMEType parses or prints.
const apply = Reflect.apply;
const {
  delete: mapDelete,
  entries: mapEntries,
  get: mapGet,
  has: mapHas,
  keys: mapKeys,
  set: mapSet,
  values: mapValues,
} = Map.prototype;
const mapIteratorNext = Object.getPrototypeOf(new Map().entries()).next;

// ---------------------------------------------------------------------------------------------
// Code point classes.

// HTTP whitespace: TAB, LF, CR, SPACE.
function isHTTPWhitespace(code) {
  return code === 0x09 || code === 0x0a || code === 0x0d || code === 0x20;
}

// HTTP token code points: ASCII alphanumerics and !#$%&'*+-.^_`|~
function isTokenCodePoint(code) {
  if (code >= 0x61 && code <= 0x7a) return true; // a-z
  if (code >= 0x41 && code <= 0x5a) return true; // A-Z
  if (code >= 0x30 && code <= 0x39) return true; // 0-9
  switch (code) {
    case 0x21: case 0x23: case 0x24: case 0x25: case 0x26: case 0x27: case 0x2a: case 0x2b:
    case 0x2d: case 0x2e: case 0x5e: case 0x5f: case 0x60: case 0x7c: case 0x7e:
      return true;
    default:
      return false;
  }
}

// HTTP quoted-string token code points: TAB, U+0020 to U+007E, U+0080 to U+00FF.
function isQuotedStringCodePoint(code) {
  return code === 0x09 || (code >= 0x20 && code <= 0x7e) || (code >= 0x80 && code <= 0xff);
}

// The index of the first code unit of `str` outside the class, or -1.
function firstInvalid(str, isValid) {
  for (let i = 0; i < str.length; i++) {
    if (!isValid(str.charCodeAt(i))) return i;
  }
  return -1;
}

function trimTrailingHTTPWhitespace(str) {
  let end = str.length;
  while (end > 0 && isHTTPWhitespace(str.charCodeAt(end - 1))) end--;
  return end === str.length ? str : str.slice(0, end);
}

// Only called on valid tokens (ASCII), where toLowerCase is the ASCII lowercase.
function lowerToken(str) {
  return str.toLowerCase();
}

// `production` is 'type', 'subtype', 'parameter name' or 'parameter value'.
function syntaxError(production, str, invalidIndex) {
  return new codes.ERR_INVALID_MIME_SYNTAX(production, str, invalidIndex);
}

// Throws unless `str` is a non-empty token.
function checkToken(production, str) {
  const invalid = firstInvalid(str, isTokenCodePoint);
  if (str === '' || invalid !== -1) throw syntaxError(production, str, invalid);
}

// A parameter value is written bare if it is a non-empty token, else as a quoted string with
// `"` and `\` escaped.
function serializeValue(value) {
  if (value !== '' && firstInvalid(value, isTokenCodePoint) === -1) return value;
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '"' || ch === '\\') out += '\\';
    out += ch;
  }
  return `${out}"`;
}

// ---------------------------------------------------------------------------------------------
// Parsing.

// "Collect an HTTP quoted string" with extract-value set, from the `"` at `start`:
// { value, position after it }.
function collectQuotedString(input, start) {
  const length = input.length;
  let position = start + 1;
  let value = '';
  while (true) {
    const runStart = position;
    while (position < length) {
      const ch = input[position];
      if (ch === '"' || ch === '\\') break;
      position++;
    }
    value += input.slice(runStart, position);
    if (position >= length) break;
    const quoteOrBackslash = input[position];
    position++;
    if (quoteOrBackslash === '\\') {
      if (position >= length) {
        value += '\\';
        break;
      }
      value += input[position];
      position++;
    } else {
      break;
    }
  }
  return { value, position };
}

// The parameters of `input` from `position` (a `;` or the end), into `data` (a Map): a
// parameter keeps its first value; a bad name or value is skipped, never an error.
function parseParameters(input, position, data) {
  const length = input.length;
  while (position < length) {
    position++; // the `;` (after a quoted value, whatever code unit follows it)
    while (position < length && isHTTPWhitespace(input.charCodeAt(position))) position++;

    const nameStart = position;
    while (position < length) {
      const ch = input[position];
      if (ch === ';' || ch === '=') break;
      position++;
    }
    const name = input.slice(nameStart, position);
    if (position < length) {
      if (input[position] === ';') continue;
      position++; // the `=`
    }
    if (position >= length) break;

    let value;
    if (input[position] === '"') {
      // NOTE: node does not skip what follows the closing quote up to the next `;` (as the
      // standard does): the loop's step skips one code unit, and the next name starts there
      // (`c="v"xd=1` has c=v and d=1).
      const quoted = collectQuotedString(input, position);
      value = quoted.value;
      position = quoted.position;
    } else {
      let end = input.indexOf(';', position);
      if (end === -1) end = length;
      value = trimTrailingHTTPWhitespace(input.slice(position, end));
      position = end;
      if (value === '') continue;
    }

    if (name === '' || firstInvalid(name, isTokenCodePoint) !== -1) continue;
    if (firstInvalid(value, isQuotedStringCodePoint) !== -1) continue;
    const key = lowerToken(name);
    if (!apply(mapHas, data, [key])) apply(mapSet, data, [key, value]);
  }
}

// `name=value;name=value` (the empty string when there are none).
function serializeParameters(data) {
  const it = apply(mapEntries, data, []);
  let out = '';
  for (let step = apply(mapIteratorNext, it, []); !step.done; step = apply(mapIteratorNext, it, [])) {
    const entry = step.value;
    if (out !== '') out += ';';
    out += `${entry[0]}=${serializeValue(entry[1])}`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// MIMEParams

// Reads a MIMEParams' Map (set in the class's static block).
let paramsData;

class MIMEParams {
  #data = new Map();

  static {
    paramsData = (params) => params.#data;
  }

  delete(name) {
    apply(mapDelete, this.#data, [name]);
  }

  get(name) {
    const data = this.#data;
    if (apply(mapHas, data, [name])) return apply(mapGet, data, [name]);
    return null;
  }

  has(name) {
    return apply(mapHas, this.#data, [name]);
  }

  set(name, value) {
    const data = this.#data;
    name = `${name}`;
    value = `${value}`;
    checkToken('parameter name', name);
    const invalid = firstInvalid(value, isQuotedStringCodePoint);
    if (invalid !== -1) throw syntaxError('parameter value', value, invalid);
    apply(mapSet, data, [name, value]);
  }

  *entries() {
    const it = apply(mapEntries, this.#data, []);
    for (let step = apply(mapIteratorNext, it, []); !step.done; step = apply(mapIteratorNext, it, [])) {
      yield step.value;
    }
  }

  *keys() {
    const it = apply(mapKeys, this.#data, []);
    for (let step = apply(mapIteratorNext, it, []); !step.done; step = apply(mapIteratorNext, it, [])) {
      yield step.value;
    }
  }

  *values() {
    const it = apply(mapValues, this.#data, []);
    for (let step = apply(mapIteratorNext, it, []); !step.done; step = apply(mapIteratorNext, it, [])) {
      yield step.value;
    }
  }

  toString() {
    return serializeParameters(this.#data);
  }
}

Object.defineProperty(MIMEParams.prototype, 'toJSON', {
  value: MIMEParams.prototype.toString, writable: true, enumerable: false, configurable: true,
});
Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  value: MIMEParams.prototype.entries, writable: true, enumerable: false, configurable: true,
});

// ---------------------------------------------------------------------------------------------
// MIMEType

class MIMEType {
  #type;
  #subtype;
  #parameters;

  constructor(string) {
    string = `${string}`;
    const length = string.length;

    // Leading HTTP whitespace only: trailing whitespace ends up in the type (an error) or is
    // dropped from the subtype and parameter values.
    let position = 0;
    while (position < length && isHTTPWhitespace(string.charCodeAt(position))) position++;

    const slash = string.indexOf('/', position);
    const type = slash === -1 ? string.slice(position) : string.slice(position, slash);
    const invalidType = firstInvalid(type, isTokenCodePoint);
    if (type === '' || invalidType !== -1 || slash === -1) {
      throw syntaxError('type', string, invalidType);
    }
    position = slash + 1;

    let semicolon = string.indexOf(';', position);
    if (semicolon === -1) semicolon = length;
    const subtype = trimTrailingHTTPWhitespace(string.slice(position, semicolon));
    const invalidSubtype = firstInvalid(subtype, isTokenCodePoint);
    if (subtype === '' || invalidSubtype !== -1) {
      throw syntaxError('subtype', string, invalidSubtype);
    }

    const parameters = new MIMEParams();
    parseParameters(string, semicolon, paramsData(parameters));

    this.#type = lowerToken(type);
    this.#subtype = lowerToken(subtype);
    this.#parameters = parameters;
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    value = `${value}`;
    checkToken('type', value);
    this.#type = lowerToken(value);
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    value = `${value}`;
    checkToken('subtype', value);
    this.#subtype = lowerToken(value);
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#parameters;
  }

  toString() {
    const essence = `${this.#type}/${this.#subtype}`;
    const params = serializeParameters(paramsData(this.#parameters));
    return params === '' ? essence : `${essence};${params}`;
  }
}

Object.defineProperty(MIMEType.prototype, 'toJSON', {
  value: MIMEType.prototype.toString, writable: true, enumerable: false, configurable: true,
});

module.exports = { MIMEType, MIMEParams };
