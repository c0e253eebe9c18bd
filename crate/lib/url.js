// url: the legacy `url.parse` / `url.format` / `url.resolve` API and its `Url` objects, plus
// the WHATWG exports (URL, URLSearchParams, file-URL helpers) from internal/url.
'use strict';

const querystring = require('querystring');
const {
  URL,
  URLSearchParams,
  isURL,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  domainToASCII,
  domainToUnicode,
} = require('internal/url');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL } } = require('internal/errors');
const { validateObject } = require('internal/validators');

// A parsed legacy URL. Every field starts as null; url.parse fills in what it finds.
function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
const hostlessProtocol = new Set(['javascript', 'javascript:']);
const unsafeProtocol = new Set(['javascript', 'javascript:']);

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const hostPattern = /^\/\/[^@/]+@[^@/]+/;
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const hostnameMaxLen = 255;

// Characters that end the host part of a legacy URL.
const hostEndChars = new Set(['/', '?', '#', '\\', ' ', '\t', '\n', '\r', '"', "'", ';', '<', '>',
  '^', '`', '{', '|', '}', '%']);

// Characters escaped in the path, query and hash of a parsed URL.
const autoEscape = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E',
  '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};

function escapeRest(rest) {
  let out = '';
  for (const c of rest) out += autoEscape[c] || c;
  return out;
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const result = new Url();
  result.parse(url, parseQueryString, slashesDenoteHost);
  return result;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw new ERR_INVALID_ARG_TYPE('url', 'string', url);

  // Trim surrounding whitespace; backslashes before the query/hash become slashes.
  let rest = url.replace(/^[\s\uFEFF\xA0]+|[\s\uFEFF\xA0]+$/g, '');
  const splitAt = rest.search(/[?#]/);
  if (splitAt === -1) rest = rest.replace(/\\/g, '/');
  else rest = rest.slice(0, splitAt).replace(/\\/g, '/') + rest.slice(splitAt);

  if (!slashesDenoteHost && !rest.includes('#')) {
    const simplePath = simplePathPattern.exec(rest);
    if (simplePath) {
      this.path = rest;
      this.href = rest;
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
        this.query = parseQueryString ? querystring.parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = protocolPattern.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  let slashes;
  if (slashesDenoteHost || proto || hostPattern.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol.has(lowerProto) && (slashes || (proto && !slashedProtocol.has(proto)))) {
    // The host runs to the first host-ending character; an `@` before it ends the auth part.
    let hostEnd = -1;
    let atSign = -1;
    let nonHost = -1;
    for (let i = 0; i < rest.length; i++) {
      const c = rest[i];
      if (hostEndChars.has(c)) {
        if (nonHost === -1) nonHost = i;
        if (c === '/' || c === '?' || c === '#') {
          hostEnd = i;
          break;
        }
      } else if (c === '@') {
        atSign = i;
        nonHost = -1;
      }
    }
    let start = 0;
    if (atSign !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, atSign));
      start = atSign + 1;
    }
    if (nonHost === -1) {
      this.host = rest.slice(start);
      rest = '';
    } else {
      this.host = rest.slice(start, nonHost);
      rest = rest.slice(nonHost);
    }
    this.parseHost();
    if (typeof this.hostname !== 'string') this.hostname = '';
    const hostname = this.hostname;
    const ipv6Hostname = hostname.startsWith('[') && hostname.endsWith(']');
    if (!ipv6Hostname) {
      // A character that cannot be in a hostname starts the path.
      for (let i = 0; i < hostname.length; i++) {
        const c = hostname[i];
        if (c === '/' || c === '\\' || c === '#' || c === '?' || c === ':') {
          this.hostname = hostname.slice(0, i);
          rest = `/${hostname.slice(i)}${rest}`;
          break;
        }
      }
    }
    if (this.hostname.length > hostnameMaxLen) this.hostname = '';
    else this.hostname = this.hostname.toLowerCase();
    if (!ipv6Hostname && this.hostname !== '') {
      const ascii = domainToASCII(this.hostname);
      if (ascii === '') throw new ERR_INVALID_URL(url);
      this.hostname = ascii;
    }
    const p = this.port ? `:${this.port}` : '';
    this.host = this.hostname + p;
    if (ipv6Hostname) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest[0] !== '/') rest = `/${rest}`;
    }
  }

  if (!unsafeProtocol.has(lowerProto)) rest = escapeRest(rest);

  const hash = rest.indexOf('#');
  if (hash !== -1) {
    this.hash = rest.slice(hash);
    rest = rest.slice(0, hash);
  }
  const qm = rest.indexOf('?');
  if (qm !== -1) {
    this.search = rest.slice(qm);
    this.query = rest.slice(qm + 1);
    if (parseQueryString) this.query = querystring.parse(this.query);
    rest = rest.slice(0, qm);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const firstIdx = qm !== -1 && (hash === -1 || qm < hash) ? qm : hash;
  if (rest) this.pathname = rest;
  else if (firstIdx === 0 || rest === '') {
    if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  }
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = portPattern.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeURIComponent(auth).replace(/%3A/i, ':')}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const h = this.hostname;
    host = auth + (h.includes(':') && !(h.startsWith('[') && h.endsWith(']')) ? `[${h}]` : h);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === 'object') query = querystring.stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol === 'file:') {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

// Removes `.` and `..` segments from a path, keeping a trailing slash where one was implied.
function removeDots(path) {
  const absolute = path.startsWith('/');
  const segments = path.split('/');
  if (absolute) segments.shift();
  const out = [];
  let trailing = false;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const last = i === segments.length - 1;
    if (seg === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      trailing = last;
    } else if (seg === '.') {
      trailing = last;
    } else {
      out.push(seg);
      trailing = false;
    }
  }
  let res = (absolute ? '/' : '') + out.join('/');
  if (trailing && !res.endsWith('/')) res += '/';
  return res;
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') relative = urlParse(relative, false, true);
  const result = new Url();
  Object.assign(result, this);
  result.hash = relative.hash;
  if (relative.href === '') {
    result.href = result.format();
    return result;
  }
  const sameProtocol = !relative.protocol || relative.protocol === this.protocol;
  if (!sameProtocol || (relative.slashes && relative.host !== null) ||
      (relative.protocol && !slashedProtocol.has(relative.protocol))) {
    const out = new Url();
    Object.assign(out, relative);
    if (!out.protocol) out.protocol = this.protocol;
    if (slashedProtocol.has(out.protocol) && out.hostname && !out.pathname) {
      out.pathname = '/';
      out.path = `/${out.search || ''}`;
    }
    out.href = out.format();
    return out;
  }
  if (relative.pathname && relative.pathname.startsWith('/')) {
    result.pathname = removeDots(relative.pathname);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.pathname) {
    let base = this.pathname || '';
    if (!base && this.host) base = '/';
    const dir = base.slice(0, base.lastIndexOf('/') + 1);
    result.pathname = removeDots(dir + relative.pathname);
    if (!this.host && !this.pathname?.startsWith('/') && result.pathname.startsWith('/') &&
        !dir.startsWith('/')) {
      result.pathname = result.pathname.slice(1);
    }
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null) {
    result.search = relative.search;
    result.query = relative.query;
  }
  if (result.pathname === '' && !result.host) result.pathname = null;
  result.path = result.pathname === null && result.search === null ? null :
    (result.pathname || '') + (result.search || '');
  result.href = result.format();
  return result;
};

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

// url.format of a WHATWG URL, with the documented auth/fragment/search/unicode options.
function formatWHATWG(url, options) {
  const opts = { auth: true, fragment: true, search: true, unicode: false };
  if (options !== undefined) {
    validateObject(options, 'options');
    for (const key of Object.keys(opts)) if (options[key] !== undefined) opts[key] = Boolean(options[key]);
  }
  let out = url.protocol;
  if (url.host !== '' || url.href.startsWith(`${url.protocol}//`)) {
    out += '//';
    if (opts.auth && (url.username || url.password)) {
      out += url.username;
      if (url.password) out += `:${url.password}`;
      out += '@';
    }
    out += opts.unicode ? domainToUnicode(url.hostname) + (url.port ? `:${url.port}` : '') : url.host;
  }
  out += url.pathname;
  if (opts.search) out += url.search;
  if (opts.fragment) out += url.hash;
  return out;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isURL(urlObject)) {
    return formatWHATWG(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
