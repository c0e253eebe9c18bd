'use strict';
// Small helpers shared by the module loaders: file URLs for paths, and the static scan that
// finds a CommonJS module's named exports for `import` (what Node's cjs-module-lexer finds).

const path = require('path');

// `/a b/c.mjs` → `file:///a%20b/c.mjs`.
function pathToFileURL(filepath) {
  let resolved = path.resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  let out = 'file://';
  for (const ch of resolved) {
    const code = ch.codePointAt(0);
    if (code < 0x21 || code > 0x7e || '%"#<>?[\\]^`{|}'.includes(ch)) {
      out += encodeURIComponent(ch);
      if (ch === '[' || ch === ']' || ch === '^' || ch === '|') {
        // encodeURIComponent leaves none of these alone; kept explicit for clarity.
      }
    } else {
      out += ch;
    }
  }
  return out.replace(/%5B/g, '%5B').replace(/%5D/g, '%5D');
}

// `file:///a%20b/c.mjs` → `/a b/c.mjs`.
function fileURLToPath(url) {
  const href = typeof url === 'string' ? url : String(url && url.href);
  if (!href.startsWith('file:')) {
    const err = new TypeError('The URL must be of scheme file');
    err.code = 'ERR_INVALID_URL_SCHEME';
    throw err;
  }
  let rest = href.slice(5);
  if (rest.startsWith('//')) {
    rest = rest.slice(2);
    const slash = rest.indexOf('/');
    rest = slash === -1 ? '/' : rest.slice(slash);
  }
  rest = rest.replace(/[?#].*$/, '');
  return decodeURIComponent(rest);
}

const IDENT = '[A-Za-z_$][\\w$]*';
const reexportRe = /module\.exports\s*=\s*require\(\s*(['"])([^'"]+)\1\s*\)/g;
const starRe = /__exportStar\(\s*require\(\s*(['"])([^'"]+)\1\s*\)|__export\(\s*require\(\s*(['"])([^'"]+)\3\s*\)\s*\)/g;

function stripComments(source) {
  return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:\\'"])\/\/[^\n]*/g, '$1');
}

// Names a CommonJS source visibly assigns: `exports.x =`, `module.exports.x =`,
// `exports['x'] =`, `Object.defineProperty(exports, 'x', ...)`, `module.exports = { a, b: c }`;
// and re-exports (`module.exports = require('y')`, `__exportStar(require('y'), exports)`).
function scanCjsExports(source) {
  const names = new Set();
  const reexports = [];
  const text = stripComments(source);
  let m;
  const dotRe = new RegExp(`(?:^|[^.\\w$])(?:module\\.)?exports\\s*\\.\\s*(${IDENT})\\s*=[^=]`, 'g');
  while ((m = dotRe.exec(text)) !== null) names.add(m[1]);
  const bracketRe = /(?:^|[^.\w$])(?:module\.)?exports\s*\[\s*(['"])([^'"]+)\1\s*\]\s*=[^=]/g;
  while ((m = bracketRe.exec(text)) !== null) names.add(m[2]);
  const defineRe = /Object\.defineProperty\(\s*(?:module\.)?exports\s*,\s*(['"])([^'"]+)\1/g;
  while ((m = defineRe.exec(text)) !== null) names.add(m[2]);
  const literalRe = /(?:^|[^.\w$])module\.exports\s*=\s*\{/g;
  while ((m = literalRe.exec(text)) !== null) {
    let i = literalRe.lastIndex;
    const entryRe = new RegExp(`^\\s*(?:(${IDENT})|(['"])([^'"]*)\\2)\\s*(?:(,)|:\\s*(?:${IDENT}|require\\([^)]*\\))\\s*(,|\\})|(\\}))`);
    while (true) {
      const rest = text.slice(i, i + 400);
      const spread = /^\s*\.\.\.\s*require\(\s*(['"])([^'"]+)\1\s*\)\s*(,|\})?/.exec(rest);
      if (spread) {
        reexports.push(spread[2]);
        i += spread[0].length;
        if (spread[3] !== ',') break;
        continue;
      }
      const e = entryRe.exec(rest);
      if (!e) {
        // `a() {}` still names `a` before the scan stops; `a: 1`, getters, computed keys do not.
        const method = new RegExp(`^\\s*(${IDENT})\\s*[^:\\s,}]`).exec(rest);
        if (method) names.add(method[1]);
        break;
      }
      const name = e[1] ?? e[3];
      names.add(name);
      i += e[0].length;
      if (e[6] === '}' || e[5] === '}') break;
      if (e[1] !== undefined && e[4] === undefined && e[5] === undefined && e[6] === undefined) break;
    }
  }
  while ((m = reexportRe.exec(text)) !== null) reexports.push(m[2]);
  while ((m = starRe.exec(text)) !== null) reexports.push(m[2] ?? m[4]);
  names.delete('default');
  return { names: [...names], reexports };
}

module.exports = { pathToFileURL, fileURLToPath, scanCjsExports };
