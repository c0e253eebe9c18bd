// internal/url: the WHATWG `URL` and `URLSearchParams` classes, plus the file-URL helpers
// (fileURLToPath, pathToFileURL, urlToHttpOptions). Parsing and serialization happen in Rust
// (`internalBinding('url')`, the `url` crate); this file keeps the href and the live link
// between a URL and its searchParams.
'use strict';

const binding = internalBinding('url');
const { inspect } = require('internal/util/inspect');
const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_THIS,
    ERR_INVALID_TUPLE,
    ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');

// Indices into the component arrays the binding returns.
const HREF = 0;
const ORIGIN = 1;
const PROTOCOL = 2;
const USERNAME = 3;
const PASSWORD = 4;
const HOST = 5;
const HOSTNAME = 6;
const PORT = 7;
const PATHNAME = 8;
const SEARCH = 9;
const HASH = 10;

function toUSVString(value) {
  return `${value}`;
}

// ---------------------------------------------------------------------------------------------
// URLSearchParams

const kList = Symbol('query');
const kOwner = Symbol('context');

function isURLSearchParams(v) {
  return v !== null && typeof v === 'object' && Array.isArray(v[kList]);
}

function checkParams(self) {
  if (!isURLSearchParams(self)) throw new ERR_INVALID_THIS('URLSearchParams');
}

class URLSearchParams {
  constructor(init = undefined) {
    Object.defineProperty(this, kList, { value: [], writable: true });
    Object.defineProperty(this, kOwner, { value: null, writable: true });
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && isURLSearchParams(init)) {
        this[kList] = init[kList].slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const items = [...pair];
          if (items.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this[kList].push(toUSVString(items[0]), toUSVString(items[1]));
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (typeof key === 'string' && desc !== undefined && desc.enumerable) {
            this[kList].push(toUSVString(key), toUSVString(init[key]));
          }
        }
      }
    } else {
      let str = toUSVString(init);
      if (str[0] === '?') str = str.slice(1);
      this[kList] = binding.parseParams(str);
    }
  }

  get size() {
    checkParams(this);
    return this[kList].length / 2;
  }

  append(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this[kList].push(toUSVString(name), toUSVString(value));
    update(this);
  }

  delete(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    update(this);
  }

  get(name) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    const out = [];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) out.push(list[i + 1]);
    return out;
  }

  has(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this[kList];
    name = toUSVString(name);
    value = toUSVString(value);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    update(this);
  }

  sort() {
    checkParams(this);
    const list = this[kList];
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Stable, by UTF-16 code units (the default string order).
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this[kList] = pairs.flat();
    update(this);
  }

  entries() {
    checkParams(this);
    return makeIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    checkParams(this);
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    let list = this[kList];
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
      list = this[kList];
    }
  }

  keys() {
    checkParams(this);
    return makeIterator(this, 'key');
  }

  values() {
    checkParams(this);
    return makeIterator(this, 'value');
  }

  toString() {
    checkParams(this);
    return binding.serializeParams(this[kList]);
  }

  [inspect.custom](recurseTimes, ctx) {
    checkParams(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const opts = { ...ctx };
    if (recurseTimes !== null) opts.depth = recurseTimes;
    const list = this[kList];
    const parts = [];
    for (let i = 0; i < list.length; i += 2) {
      parts.push(`${inspect(list[i], opts)} => ${inspect(list[i + 1], opts)}`);
    }
    const width = parts.reduce((n, p) => n + p.length + 2, -2);
    if (width > ctx.breakLength) return `URLSearchParams {\n  ${parts.join(',\n  ')} }`;
    if (parts.length) return `URLSearchParams { ${parts.join(', ')} }`;
    return 'URLSearchParams {}';
  }
}

Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams', configurable: true,
});

// Iterators over a live list, as the spec's "value pairs to iterate" require.
const URLSearchParamsIteratorPrototype = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
const kIterState = Symbol('iteratorState');
Object.defineProperties(URLSearchParamsIteratorPrototype, {
  next: {
    value: function next() {
      const state = this && this[kIterState];
      if (!state) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      const list = state.target[kList];
      if (state.index >= list.length) return { value: undefined, done: true };
      const name = list[state.index];
      const value = list[state.index + 1];
      state.index += 2;
      if (state.kind === 'key') return { value: name, done: false };
      if (state.kind === 'value') return { value, done: false };
      return { value: [name, value], done: false };
    },
    writable: true,
    configurable: true,
  },
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
  [inspect.custom]: {
    value: function inspectIterator(recurseTimes, ctx) {
      const state = this && this[kIterState];
      if (!state) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
      const opts = { ...ctx, depth: recurseTimes };
      const list = state.target[kList];
      const remaining = [];
      for (let i = state.index; i < list.length; i += 2) {
        if (state.kind === 'key') remaining.push(list[i]);
        else if (state.kind === 'value') remaining.push(list[i + 1]);
        else remaining.push([list[i], list[i + 1]]);
      }
      const shown = remaining.map((v) => inspect(v, opts));
      const body = inspect(remaining, opts).includes('\n') ? `\n  ${shown.join(',\n  ')}` : ` ${shown.join(', ')}`;
      return `URLSearchParams Iterator {${body} }`;
    },
    writable: true,
    configurable: true,
  },
});

function makeIterator(target, kind) {
  const it = Object.create(URLSearchParamsIteratorPrototype);
  Object.defineProperty(it, kIterState, { value: { target, kind, index: 0 } });
  return it;
}

// After a change to the list, the owning URL's query follows.
function update(params) {
  const url = params[kOwner];
  if (url === null) return;
  const serialized = binding.serializeParams(params[kList]);
  url[kSetSearchFromParams](serialized);
}

// ---------------------------------------------------------------------------------------------
// URL

const kSetSearchFromParams = Symbol('setSearchFromParams');

function isURL(v) {
  return v !== null && typeof v === 'object' && v[kIsURL] === true;
}
const kIsURL = Symbol('isURL');

class URL {
  #parts;
  #searchParams;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const parts = binding.parse(input, base);
    if (parts === null) throw new ERR_INVALID_URL(input, base === undefined ? null : base);
    this.#parts = parts;
  }

  get [kIsURL]() {
    return #parts in this;
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    return binding.parse(input, base) !== null;
  }

  #set(field, value) {
    const parts = binding.update(this.#parts[HREF], field, toUSVString(value));
    if (parts === null) return false;
    const oldSearch = this.#parts[SEARCH];
    this.#parts = parts;
    if (this.#searchParams !== undefined && (field === 'href' || field === 'search' || parts[SEARCH] !== oldSearch)) {
      let q = parts[SEARCH];
      if (q[0] === '?') q = q.slice(1);
      this.#searchParams[kList] = binding.parseParams(q);
    }
    return true;
  }

  [kSetSearchFromParams](serialized) {
    const parts = binding.update(this.#parts[HREF], 'search', serialized);
    if (parts !== null) this.#parts = parts;
  }

  static #check(self) {
    if (!(self !== null && typeof self === 'object' && #parts in self)) {
      // NOTE: the message is V8's brand-check text, which Node lets through unchanged.
      throw new TypeError('Receiver must be an instance of class URL');
    }
  }

  toString() {
    URL.#check(this);
    return this.#parts[HREF];
  }

  get href() {
    URL.#check(this);
    return this.#parts[HREF];
  }

  set href(value) {
    URL.#check(this);
    value = toUSVString(value);
    if (!this.#set('href', value)) throw new ERR_INVALID_URL(value);
  }

  get origin() {
    URL.#check(this);
    return this.#parts[ORIGIN];
  }

  get protocol() {
    URL.#check(this);
    return this.#parts[PROTOCOL];
  }

  set protocol(value) {
    URL.#check(this);
    this.#set('protocol', value);
  }

  get username() {
    URL.#check(this);
    return this.#parts[USERNAME];
  }

  set username(value) {
    URL.#check(this);
    this.#set('username', value);
  }

  get password() {
    URL.#check(this);
    return this.#parts[PASSWORD];
  }

  set password(value) {
    URL.#check(this);
    this.#set('password', value);
  }

  get host() {
    URL.#check(this);
    return this.#parts[HOST];
  }

  set host(value) {
    URL.#check(this);
    this.#set('host', value);
  }

  get hostname() {
    URL.#check(this);
    return this.#parts[HOSTNAME];
  }

  set hostname(value) {
    URL.#check(this);
    this.#set('hostname', value);
  }

  get port() {
    URL.#check(this);
    return this.#parts[PORT];
  }

  set port(value) {
    URL.#check(this);
    this.#set('port', value);
  }

  get pathname() {
    URL.#check(this);
    return this.#parts[PATHNAME];
  }

  set pathname(value) {
    URL.#check(this);
    this.#set('pathname', value);
  }

  get search() {
    URL.#check(this);
    return this.#parts[SEARCH];
  }

  set search(value) {
    URL.#check(this);
    this.#set('search', value);
  }

  get searchParams() {
    URL.#check(this);
    if (this.#searchParams === undefined) {
      let q = this.#parts[SEARCH];
      if (q[0] === '?') q = q.slice(1);
      const params = new URLSearchParams(q);
      params[kOwner] = this;
      this.#searchParams = params;
    }
    return this.#searchParams;
  }

  get hash() {
    URL.#check(this);
    return this.#parts[HASH];
  }

  set hash(value) {
    URL.#check(this);
    this.#set('hash', value);
  }

  toJSON() {
    URL.#check(this);
    return this.#parts[HREF];
  }

  [inspect.custom](depth, opts) {
    URL.#check(this);
    if (typeof depth === 'number' && depth < 0) return 'URL {}';
    const obj = { __proto__: { constructor: URL } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    return `URL ${inspect(obj, opts)}`;
  }
}

// Accessors and methods are enumerable, as WebIDL makes them.
for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname',
  'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  const desc = Object.getOwnPropertyDescriptor(URL.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(URL.prototype, name, desc);
}
for (const name of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach',
  'keys', 'values', 'toString']) {
  const desc = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(URLSearchParams.prototype, name, desc);
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
Object.defineProperty(URL, 'canParse', { enumerable: true });

// ---------------------------------------------------------------------------------------------
// File URLs and http options

// Node 20's test for a URL where a file path may be one (fs paths, fileURLToPath): an object
// with an href and a protocol that is not a legacy url.parse() result (which has auth and path).
function isURLLike(v) {
  return Boolean(v?.href && v.protocol && v.auth === undefined && v.path === undefined);
}

function fileURLToPath(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!isURLLike(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (path.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = path.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

// Characters of a path that would otherwise be lost or misread in a file URL's path.
const fileEscapes = { '%': '%25', '\\': '%5C', '\n': '%0A', '\r': '%0D', '\t': '%09', '?': '%3F', '#': '%23' };

function pathToFileURL(filepath) {
  const path = require('path');
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  let resolved = path.resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  const url = new URL('file://');
  url.pathname = resolved.replace(/[%\\\n\r\t?#]/g, (c) => fileEscapes[c]);
  return url;
}

function urlToHttpOptions(url) {
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ?
      url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  }
  return options;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToUnicode(`${domain}`);
}

module.exports = {
  isURLLike,
  URL,
  URLSearchParams,
  isURL,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  domainToASCII,
  domainToUnicode,
};
